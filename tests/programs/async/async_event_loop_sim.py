# Simulated "network" requests with asyncio: a fake fetch that yields a deterministic number of
# times, fan-out/fan-in with gather, retries on failures, and ordered result reporting.
import asyncio

FAILS_FIRST = {"b", "e"}
attempts = {}


async def fetch(url):
    attempts[url] = attempts.get(url, 0) + 1
    for _ in range(len(url) % 3 + 1):
        await asyncio.sleep(0)
    if url in FAILS_FIRST and attempts[url] == 1:
        raise ConnectionError(f"{url}: connection reset")
    return f"<{url.upper()}>" * 2


async def fetch_with_retry(url, retries=2):
    for attempt in range(1, retries + 1):
        try:
            return await fetch(url)
        except ConnectionError as e:
            print(f"  retrying after: {e}")
    raise ConnectionError(f"{url}: giving up")


async def crawl(urls):
    results = await asyncio.gather(*(fetch_with_retry(u) for u in urls), return_exceptions=True)
    return dict(zip(urls, results))


async def main():
    pages = await crawl(["a", "b", "cc", "ddd", "e"])
    for url, page in pages.items():
        print(url, page, attempts[url])
    print(sum(len(p) for p in pages.values() if isinstance(p, str)))


asyncio.run(main())

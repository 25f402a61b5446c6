import asyncio


async def fetch(i):
    await asyncio.sleep(0)
    return i * 2


async def main(lock):
    results = []
    async with lock:
        results.append(await fetch(1) + await fetch(2))
    async for v in ticker(2):
        results.append(v)
    return results


async def ticker(n):
    for i in range(n):
        yield i

# Expected: an exception raised inside a coroutine propagates out of asyncio.run uncaught.
import asyncio


async def fetch(i):
    await asyncio.sleep(0)
    if i == 3:
        raise ConnectionError(f"resource {i} unavailable")
    return i


async def main():
    for i in range(5):
        print("fetched", await fetch(i))


asyncio.run(main())

# Async generators and async for, async comprehensions, and an async context manager.
import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def squares(source):
    async for x in source:
        yield x * x


class Session:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.open = True
        print(f"open {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        self.open = False
        print(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False

    async def fetch(self, key):
        await asyncio.sleep(0)
        return f"{self.name}:{key}"


async def main():
    async for v in ticker(3):
        print("tick", v)
    print([x async for x in squares(ticker(6)) if x % 2 == 0])
    async with Session("db") as s:
        print(await s.fetch("a"), s.open)
        print([await s.fetch(k) for k in "xy"])
    print(s.open)
    try:
        async with Session("bad"):
            raise KeyError("oops")
    except KeyError:
        print("KeyError propagated")


asyncio.run(main())

# nested functions and classes defined inside generators and coroutines, capturing their locals across suspensions
import asyncio


def gen(n):
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total

    class Box:
        def __init__(self, v):
            self.v = v

        def __repr__(self):
            return f"Box({self.v}, total={total})"

    for i in range(n):
        yield add(i), Box(i)
        scale = lambda x: x * total
        yield scale(2)

    def final():
        return f"final {total}"
    yield final()


print(list(gen(3)))


async def coro(items):
    seen = []

    def record(x):
        seen.append(x)
        return len(seen)

    async def slow(x):
        await asyncio.sleep(0)
        return record(x * 2)

    counts = [await slow(i) for i in items]
    return counts, seen


print(asyncio.run(coro([1, 2, 3])))


def with_default_from_generator_local():
    base = 10
    yield 1

    def f(x=base):
        return x + base
    base = 20
    yield f(), f(1)


print(list(with_default_from_generator_local()))

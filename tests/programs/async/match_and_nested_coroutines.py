# match with every pattern kind, then coroutines that define nested coroutines and async generators (asyncio.gather,
# Queue, create_task, wait_for timeout, async comprehension).
import asyncio
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def describe(obj):
    match obj:
        case {"type": "circle", "r": r} if r > 0:
            return f"circle r={r}"
        case {"type": t, **rest}:
            return f"other {t} {sorted(rest)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=x, y=y) if x == y:
            return f"diag {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case [1, *middle, last]:
            return f"list {middle} {last}"
        case (a, b) | [a, b, _]:
            return f"pair {a} {b}"
        case str() as s if s.isdigit():
            return f"digits {s}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case None | True | False:
            return f"const {obj!r}"
        case _:
            return "unknown"
for o in [{"type": "circle", "r": 2}, {"type": "sq", "side": 1, "c": 2}, Point(0, 0), Point(3, 3), Point(1, 2), [1, 2, 3, 4], (5, 6), [7, 8, 9],
          "123", "abc", -4, -2.5, 3, None, True, {"r": 1}]:
    print(describe(o))
async def worker(name, delay, results):
    await asyncio.sleep(delay)
    results.append(name)
    return name.upper()
async def main():
    results = []
    out = await asyncio.gather(worker("a", 0.02, results), worker("b", 0.01, results), worker("c", 0, results))
    print(out, results)
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item * 10)
        return got
    p = asyncio.create_task(producer())
    print(await consumer())
    await p
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([x async for x in agen()])
asyncio.run(main())

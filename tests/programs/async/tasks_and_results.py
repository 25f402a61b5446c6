# create_task, awaiting tasks, task results, exceptions in tasks, gather(return_exceptions=True).
import asyncio


async def compute(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError(f"negative input {n}")
    return n * 10


async def main():
    tasks = [asyncio.create_task(compute(i)) for i in range(4)]
    for t in tasks:
        print(await t, t.done())
    results = await asyncio.gather(compute(1), compute(-2), compute(3), return_exceptions=True)
    print([r if not isinstance(r, Exception) else f"{type(r).__name__}: {r}" for r in results])
    try:
        await asyncio.gather(compute(5), compute(-1))
    except ValueError as e:
        print("gather raised:", e)
    t = asyncio.create_task(compute(-9))
    try:
        await t
    except ValueError as e:
        print("task raised:", e, t.done(), type(t.exception()).__name__)


asyncio.run(main())

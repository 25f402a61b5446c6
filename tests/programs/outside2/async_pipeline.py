import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, name, results):
    while True:
        item = await q.get()
        if item is None:
            await q.put(None)
            break
        results.append((name, item * item))
        await asyncio.sleep(0)


async def compute(x):
    await asyncio.sleep(0.001 * x)
    return x * 10


async def failing():
    await asyncio.sleep(0)
    raise ValueError("task failed")


async def main():
    q = asyncio.Queue()
    results = []
    await asyncio.gather(producer(q, 6), consumer(q, "c1", results))
    print(sorted(r[1] for r in results))
    vals = await asyncio.gather(*(compute(i) for i in range(5)))
    print(vals)
    t = asyncio.create_task(compute(3))
    print(await t, t.done())
    r = await asyncio.gather(failing(), compute(1), return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")

    async def agen(n):
        for i in range(n):
            yield i
            await asyncio.sleep(0)

    print([x async for x in agen(4)])
    async for v in agen(2):
        print("agen", v)

    class ACtx:
        async def __aenter__(self):
            print("aenter")
            return self

        async def __aexit__(self, *a):
            print("aexit")

    async with ACtx():
        print("inside")
    return "main done"


print(asyncio.run(main()))

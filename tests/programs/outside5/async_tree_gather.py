"""asyncio benchmark in the style of pyperformance async_tree: recursive gather, semaphores, queues."""
import asyncio

calls = 0


async def leaf(i):
    global calls
    calls += 1
    await asyncio.sleep(0)
    return i % 7


async def tree(depth, branch, base=0):
    if depth == 0:
        return await leaf(base)
    results = await asyncio.gather(*(tree(depth - 1, branch, base * branch + k) for k in range(branch)))
    return sum(results)


async def limited(sem, i, log):
    async with sem:
        log.append(("start", i))
        await asyncio.sleep(0.01 * (i % 3))
        log.append(("end", i))
        return i * i


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        if item is None:
            break
        out.append(item * 10)


async def failing(i):
    await asyncio.sleep(0)
    if i == 2:
        raise ValueError(f"task {i} failed")
    return i


async def main():
    total = await tree(5, 4)
    print("tree", total, calls)
    sem = asyncio.Semaphore(2)
    log = []
    res = await asyncio.gather(*(limited(sem, i, log) for i in range(6)))
    print(res, len(log), log[:4])
    q = asyncio.Queue(maxsize=3)
    out = []
    await asyncio.gather(producer(q, 10), consumer(q, out))
    print(out)
    results = await asyncio.gather(*(failing(i) for i in range(4)), return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.gather(*(failing(i) for i in range(4)))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(tree(3, 3))
    print(await t, t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.1)
    except asyncio.TimeoutError:
        print("timeout")


asyncio.run(main())

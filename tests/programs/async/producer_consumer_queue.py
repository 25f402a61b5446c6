# asyncio.Queue producer/consumer pipeline with sentinel shutdown; deterministic interleaving.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i * i)
        print(f"produced {i * i}")
    await q.put(None)


async def consumer(q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        results.append(item + 1)
        print(f"consumed {item}")
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(q, 6), consumer(q, results))
    await q.join()
    print(results, q.empty())


asyncio.run(main())

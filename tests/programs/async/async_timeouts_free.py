# Cooperative scheduling order between tasks that yield different numbers of times; wait_for with a
# generous timeout (never expires), and asyncio.wait with FIRST_COMPLETED on instantly-ready tasks.
import asyncio

order = []


async def job(name, yields):
    for _ in range(yields):
        await asyncio.sleep(0)
    order.append(name)
    return name.upper()


async def main():
    results = await asyncio.gather(job("slow", 5), job("fast", 1), job("medium", 3), job("instant", 0))
    print(order, results)
    value = await asyncio.wait_for(job("waited", 2), timeout=60)
    print(value)
    tasks = {asyncio.create_task(job(f"j{i}", i)) for i in range(3)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    await asyncio.gather(*pending)
    print(order)


asyncio.run(main())

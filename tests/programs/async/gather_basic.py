# asyncio.run with gather: coroutines that await asyncio.sleep(0) to interleave deterministically.
import asyncio

log = []


async def worker(name, steps):
    total = 0
    for i in range(steps):
        log.append(f"{name}{i}")
        total += i
        await asyncio.sleep(0)
    return name, total


async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 5), worker("c", 1))
    print(results)
    print(" ".join(log))
    single = await worker("solo", 4)
    print(single)
    return len(log)


print("events:", asyncio.run(main()))

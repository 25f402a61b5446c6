# Bounded concurrency with asyncio.Semaphore: at most N jobs "in flight"; tracks the peak.
import asyncio

in_flight = 0
peak = 0
trace = []


async def job(sem, i):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        trace.append(f"start{i}")
        for _ in range(i % 3 + 1):
            await asyncio.sleep(0)
        in_flight -= 1
        trace.append(f"end{i}")
        return i * i


async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*(job(sem, i) for i in range(8)))
    print(results)
    print("peak in flight:", peak)
    print(" ".join(trace))


asyncio.run(main())

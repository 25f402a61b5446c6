# A multi-stage asyncio pipeline (reader -> parser -> aggregator) connected by bounded queues, with
# sentinel propagation and per-stage statistics.
import asyncio

RAW = ["temp=21.5", "hum=40", "temp=22.0", "bad line", "temp=23.5", "hum=45", "wind=3", "temp=x"]
DONE = object()


async def reader(out):
    for line in RAW:
        await out.put(line)
    await out.put(DONE)
    return len(RAW)


async def parser(inp, out):
    good = bad = 0
    while (item := await inp.get()) is not DONE:
        key, sep, value = item.partition("=")
        try:
            if not sep:
                raise ValueError(item)
            await out.put((key, float(value)))
            good += 1
        except ValueError:
            bad += 1
    await out.put(DONE)
    return good, bad


async def aggregator(inp):
    sums = {}
    while (item := await inp.get()) is not DONE:
        key, value = item
        total, n = sums.get(key, (0.0, 0))
        sums[key] = (total + value, n + 1)
    return {k: round(t / n, 3) for k, (t, n) in sums.items()}


async def main():
    q1, q2 = asyncio.Queue(maxsize=2), asyncio.Queue(maxsize=2)
    n, (good, bad), averages = await asyncio.gather(reader(q1), parser(q1, q2), aggregator(q2))
    print(n, good, bad)
    print(averages)


asyncio.run(main())

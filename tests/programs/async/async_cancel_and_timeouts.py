# Cancellation, timeouts and timed sleeps in asyncio: tasks wake up in deadline order, a cancelled task
# runs its cleanup, wait_for raises TimeoutError, and a Condition/Event coordinate workers.
import asyncio

events = []


async def sleeper(name, delay, repeat=1):
    for i in range(repeat):
        await asyncio.sleep(delay)
        events.append(f"{name}@{i}")
    return name


async def stubborn(log):
    try:
        while True:
            await asyncio.sleep(0.5)
            log.append("tick")
    except asyncio.CancelledError:
        log.append("cancelled, cleaning up")
        await asyncio.sleep(0)
        log.append("cleanup done")
        raise
    finally:
        log.append("finally")


async def slow_value(v, delay):
    try:
        await asyncio.sleep(delay)
        return v
    finally:
        events.append(f"slow_value({v}) exits")


async def consumer(cond, items, name, out):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        out.append(f"{name} got {items.pop(0)}")


async def main():
    results = await asyncio.gather(sleeper("a", 0.3), sleeper("b", 0.1, 3), sleeper("c", 0.2), sleeper("d", 0.25, 2))
    print(results)
    print(events)
    events.clear()

    log = []
    t = asyncio.create_task(stubborn(log), name="stubborn")
    await asyncio.sleep(1.2)
    print(t.get_name(), t.done(), log)
    print("cancel:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(t.cancelled(), log)

    print(await asyncio.wait_for(slow_value("quick", 0.1), timeout=1))
    try:
        await asyncio.wait_for(slow_value("late", 5), timeout=0.5)
    except asyncio.TimeoutError:
        print("timed out")
    print(events)

    cond = asyncio.Condition()
    items, out = [], []
    workers = [asyncio.create_task(consumer(cond, items, f"w{i}", out)) for i in range(3)]
    await asyncio.sleep(0)
    for n in range(3):
        async with cond:
            items.append(n * 10)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*workers)
    print(out)

    q = asyncio.PriorityQueue()
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal")]:
        await q.put((prio, job))
    first = await q.get()
    print(first[1], [q.get_nowait()[1] for _ in range(2)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")

    pending = asyncio.create_task(sleeper("never", 100))
    await asyncio.sleep(0)
    print("main done; pending task will be cancelled by asyncio.run:", not pending.done())


asyncio.run(main())
print("after run:", events)

# asyncio.Lock and Event coordinating workers that share a counter; deterministic ordering.
import asyncio


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = asyncio.Lock()

    async def add(self, who, n):
        async with self.lock:
            current = self.value
            await asyncio.sleep(0)
            self.value = current + n
            return f"{who}+{n}={self.value}"


async def waiter(event, name, log):
    log.append(f"{name} waiting")
    await event.wait()
    log.append(f"{name} released")


async def main():
    c = Counter()
    out = await asyncio.gather(*(c.add(f"w{i}", i) for i in range(1, 6)))
    print(out, c.value)
    event = asyncio.Event()
    log = []
    waiters = [asyncio.create_task(waiter(event, f"t{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    log.append("setting event")
    event.set()
    await asyncio.gather(*waiters)
    print(log)


asyncio.run(main())

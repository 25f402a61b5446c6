# Simulated rate-limited job processing with asyncio: a token bucket refilled by a ticker task,
# workers consuming a queue, and an orderly shutdown via cancellation.
import asyncio


class TokenBucket:
    def __init__(self, capacity):
        self.capacity = capacity
        self.tokens = capacity
        self.cond = asyncio.Condition()

    async def refill(self, amount):
        async with self.cond:
            self.tokens = min(self.capacity, self.tokens + amount)
            self.cond.notify_all()

    async def take(self):
        async with self.cond:
            while self.tokens == 0:
                await self.cond.wait()
            self.tokens -= 1


async def ticker(bucket, log):
    tick = 0
    try:
        while True:
            for _ in range(3):
                await asyncio.sleep(0)
            tick += 1
            await bucket.refill(2)
            log.append(f"tick{tick}")
    except asyncio.CancelledError:
        log.append("ticker cancelled")
        raise


async def worker(name, queue, bucket, log, done):
    while True:
        job = await queue.get()
        if job is None:
            queue.task_done()
            return
        await bucket.take()
        log.append(f"{name}:{job}")
        done.append(job)
        queue.task_done()


async def main():
    bucket = TokenBucket(3)
    queue = asyncio.Queue()
    log, done = [], []
    for j in range(10):
        queue.put_nowait(f"j{j}")
    for _ in range(2):
        queue.put_nowait(None)
    tick_task = asyncio.create_task(ticker(bucket, log))
    await asyncio.gather(worker("w1", queue, bucket, log, done), worker("w2", queue, bucket, log, done))
    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        log.append("main saw cancellation")
    print(" ".join(log))
    print(sorted(done) == sorted(f"j{j}" for j in range(10)), len(done))


asyncio.run(main())

# Async iterator class (__aiter__/__anext__), async context manager class, and async comprehension
# with filtering; deterministic scheduling with sleep(0).
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1


class Timer:
    def __init__(self, label, log):
        self.label, self.log = label, log

    async def __aenter__(self):
        self.log.append(f"start {self.label}")
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append(f"stop {self.label}{' with ' + et.__name__ if et else ''}")
        return et is ValueError


async def main():
    log = []
    async with Timer("outer", log):
        values = [v async for v in Countdown(6) if v % 2 == 0]
        log.append(f"values {values}")
        async with Timer("inner", log):
            raise ValueError("suppressed by inner")
        async for v in Countdown(2):
            log.append(f"tick {v}")
    print("\n".join(log))


asyncio.run(main())

# Annotated async generators chained into a pipeline: source -> window average -> threshold alerts.
import asyncio
from typing import AsyncIterator


async def readings(values: list[float]) -> AsyncIterator[float]:
    for v in values:
        await asyncio.sleep(0)
        yield v


async def moving_average(source: AsyncIterator[float], n: int) -> AsyncIterator[float]:
    window: list[float] = []
    async for v in source:
        window.append(v)
        if len(window) > n:
            window.pop(0)
        yield sum(window) / len(window)


async def alerts(source: AsyncIterator[float], limit: float) -> AsyncIterator[str]:
    above = False
    i = 0
    async for avg in source:
        i += 1
        if avg > limit and not above:
            above = True
            yield f"#{i}: rose above {limit} ({avg:.2f})"
        elif avg <= limit and above:
            above = False
            yield f"#{i}: back to normal ({avg:.2f})"


async def main() -> None:
    data = [20.0, 21.5, 23.0, 26.0, 29.5, 31.0, 30.0, 27.0, 24.5, 22.0, 25.0, 28.0, 33.0, 35.0]
    messages = [m async for m in alerts(moving_average(readings(data), 3), 27.0)]
    print("\n".join(messages))
    averages = [round(a, 3) async for a in moving_average(readings(data), 4)]
    print(averages)


asyncio.run(main())

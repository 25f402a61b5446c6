# Simulated concurrent bank transfers between accounts using asyncio tasks and a per-account lock.
import asyncio
import random


class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance
        self.lock = asyncio.Lock()


async def transfer(src, dst, amount, log):
    first, second = sorted([src, dst], key=lambda a: a.name)
    async with first.lock:
        await asyncio.sleep(0)
        async with second.lock:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount
                log.append(f"{src.name}->{dst.name} {amount}")
            else:
                log.append(f"{src.name}->{dst.name} {amount} REJECTED")


async def main():
    rng = random.Random(11)
    accounts = [Account(n, 100) for n in "ABCD"]
    log = []
    jobs = []
    for _ in range(12):
        a, b = rng.sample(accounts, 2)
        jobs.append(transfer(a, b, rng.randint(10, 80), log))
    await asyncio.gather(*jobs)
    print("\n".join(log))
    print({a.name: a.balance for a in accounts}, sum(a.balance for a in accounts))


asyncio.run(main())

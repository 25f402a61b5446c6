# Recursive coroutines: async fibonacci with memo, async tree sum, awaiting nested coroutines.
import asyncio

memo = {}


async def afib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    a = await afib(n - 1)
    b = await afib(n - 2)
    memo[n] = a + b
    return memo[n]


async def tree_sum(tree):
    if isinstance(tree, int):
        await asyncio.sleep(0)
        return tree
    parts = await asyncio.gather(*(tree_sum(t) for t in tree))
    return sum(parts)


async def main():
    print([await afib(i) for i in range(15)])
    print(await afib(200))
    print(await tree_sum([1, [2, 3], [[4], [5, [6, 7]]], 8]))
    coro = afib(30)
    print(type(coro).__name__)
    print(await coro)


asyncio.run(main())

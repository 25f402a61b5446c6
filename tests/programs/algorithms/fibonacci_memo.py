# Fibonacci numbers four ways: naive recursion, memo dict, lru_cache, iterative big ints.
from functools import lru_cache


def fib_naive(n):
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


memo = {0: 0, 1: 1}


def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


@lru_cache(maxsize=None)
def fib_cached(n):
    return n if n < 2 else fib_cached(n - 1) + fib_cached(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib_naive(i) for i in range(20)])
print(fib_memo(90), fib_cached(90), fib_iter(90))
big = fib_iter(1000)
print(len(str(big)), str(big)[:20], str(big)[-20:])
print(fib_cached.cache_info().hits > 0)
print(sum(fib_iter(i) for i in range(0, 200, 3)) % 1000000007)

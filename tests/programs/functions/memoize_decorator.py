# Hand-written memoization decorator with a cache dict keyed on args, and stats.


def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
        else:
            stats["misses"] += 1
            cache[args] = fn(*args)
        return cache[args]

    wrapper.stats = stats
    wrapper.cache = cache
    return wrapper


@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@memoize
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


print(grid_paths(16, 16), grid_paths.stats)
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best), len(collatz_len.cache))

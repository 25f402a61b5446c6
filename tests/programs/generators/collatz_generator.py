# Collatz sequences with generators, longest chain search with caching, and statistics.


def collatz(n):
    while n != 1:
        yield n
        n = 3 * n + 1 if n % 2 else n // 2
    yield 1


def chain_lengths(limit):
    cache = {1: 1}
    for start in range(1, limit):
        n, steps, path = start, 0, []
        while n not in cache:
            path.append(n)
            n = 3 * n + 1 if n % 2 else n // 2
        base = cache[n]
        for i, m in enumerate(reversed(path), 1):
            cache[m] = base + i
        yield start, cache[start]


print(list(collatz(27))[:20], len(list(collatz(27))), max(collatz(27)))
best = max(chain_lengths(200000), key=lambda p: p[1])
print(best)
hist = {}
for n, length in chain_lengths(1000):
    bucket = length // 25 * 25
    hist[bucket] = hist.get(bucket, 0) + 1
for bucket in sorted(hist):
    print(f"{bucket:3d}-{bucket + 24:3d} {'#' * (hist[bucket] // 10)} {hist[bucket]}")

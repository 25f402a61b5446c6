# Randomised algorithms with seeded RNGs: reservoir sampling, Fisher-Yates, quickselect with random
# pivots, Monte Carlo primality sanity check.
import random

rng = random.Random(8675309)


def reservoir(stream, k):
    sample = []
    for i, x in enumerate(stream):
        if i < k:
            sample.append(x)
        else:
            j = rng.randint(0, i)
            if j < k:
                sample[j] = x
    return sample


def fisher_yates(items):
    a = list(items)
    for i in range(len(a) - 1, 0, -1):
        j = rng.randint(0, i)
        a[i], a[j] = a[j], a[i]
    return a


def quickselect(a, k):
    a = list(a)
    lo, hi = 0, len(a) - 1
    while True:
        if lo == hi:
            return a[lo]
        p = rng.randint(lo, hi)
        a[p], a[hi] = a[hi], a[p]
        store = lo
        for i in range(lo, hi):
            if a[i] < a[hi]:
                a[i], a[store] = a[store], a[i]
                store += 1
        a[store], a[hi] = a[hi], a[store]
        if k == store:
            return a[k]
        if k < store:
            hi = store - 1
        else:
            lo = store + 1


def fermat_probably_prime(n, rounds=10):
    if n < 4:
        return n in (2, 3)
    return all(pow(rng.randrange(2, n - 1), n - 1, n) == 1 for _ in range(rounds))


print(reservoir(range(1000), 8))
print(fisher_yates("ABCDEFGHIJ"))
data = [rng.randint(0, 999) for _ in range(101)]
print(quickselect(data, 50), sorted(data)[50], quickselect(data, 0) == min(data))
print([n for n in range(2, 80) if fermat_probably_prime(n)])
counts = {}
for _ in range(6000):
    p = tuple(fisher_yates("abc"))
    counts[p] = counts.get(p, 0) + 1
print(sorted(counts.items()))

# An incremental (unbounded) sieve generator using a dict of composites, and twin prime pairs.


def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def twins(gen):
    prev = next(gen)
    for p in gen:
        if p - prev == 2:
            yield prev, p
        prev = p


def nth(gen, n):
    for i, x in enumerate(gen):
        if i == n:
            return x


g = primes()
print([next(g) for _ in range(20)])
print(nth(primes(), 999), nth(primes(), 4999))
t = twins(primes())
print([next(t) for _ in range(10)])
total = 0
for p in primes():
    if p > 20000:
        break
    total += p
print(total)

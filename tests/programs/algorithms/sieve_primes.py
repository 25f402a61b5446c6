# Sieve of Eratosthenes, segmented sieve, prime gaps and twin primes.


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
        i += 1
    return [k for k in range(n + 1) if is_p[k]]


def segmented(lo, hi, base):
    mark = [True] * (hi - lo)
    for p in base:
        if p * p >= hi:
            break
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            mark[m - lo] = False
    return [lo + i for i, ok in enumerate(mark) if ok and lo + i > 1]


primes = sieve(10000)
print(len(primes), primes[:10], primes[-3:])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:8])
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(len(twins), twins[-3:])
seg = segmented(1_000_000, 1_000_200, sieve(1001))
print(seg)
print(sum(primes) % 1000003)

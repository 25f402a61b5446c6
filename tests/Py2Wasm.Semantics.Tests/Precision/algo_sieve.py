# Primes: sieve of Eratosthenes, trial division, prime factorization and twin primes.


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i in range(limit + 1) if is_prime[i]]


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


def twins(primes):
    pairs = []
    for i in range(len(primes) - 1):
        if primes[i + 1] - primes[i] == 2:
            pairs.append((primes[i], primes[i + 1]))
    return pairs


primes = sieve(500)
print(len(primes), primes[-1])
print(all([is_prime(p) for p in primes]))
print(factorize(360), factorize(9973), factorize(1001))
print(twins(primes)[:5])

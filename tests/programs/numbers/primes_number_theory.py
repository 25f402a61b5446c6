# Number theory functions: totient, divisor sigma, Mobius, primitive roots, quadratic residues.
# features: bigint


def factorize(n):
    f = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f


def phi(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


def sigma(n, k=1):
    total = 1
    for p, e in factorize(n).items():
        total *= sum(p ** (k * i) for i in range(e + 1))
    return total


def mobius(n):
    f = factorize(n)
    if any(e > 1 for e in f.values()):
        return 0
    return -1 if len(f) % 2 else 1


def primitive_root(p):
    order = p - 1
    factors = factorize(order)
    for g in range(2, p):
        if all(pow(g, order // q, p) != 1 for q in factors):
            return g


print([phi(n) for n in range(1, 21)])
print([sigma(n) for n in range(1, 21)], sigma(12, 2))
print([mobius(n) for n in range(1, 21)])
print({p: primitive_root(p) for p in [3, 5, 7, 11, 13, 17, 19, 23, 1009]})
p = 23
print(sorted({x * x % p for x in range(1, p)}))
print(factorize(2 ** 32 + 1), factorize(600851475143), factorize(3 ** 20 - 1))
print(sum(phi(n) for n in range(1, 1001)), sigma(2 ** 40), phi(10 ** 12))
amicable = [(a, sigma(a) - a) for a in range(2, 10000) if sigma(a) - a > a and sigma(sigma(a) - a) - (sigma(a) - a) == a]
print(amicable)

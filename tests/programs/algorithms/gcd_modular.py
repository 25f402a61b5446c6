# Number theory: extended gcd, modular inverse, CRT, fast modular exponentiation.
# features: bigint


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a % m, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def crt(residues, moduli):
    x, m = 0, 1
    for r, mi in zip(residues, moduli):
        g, p, _ = egcd(m, mi)
        if (r - x) % g:
            return None
        lcm = m // g * mi
        x = (x + (r - x) // g * p % (mi // g) * m) % lcm
        m = lcm
    return x, m


def powmod(b, e, m):
    result = 1
    b %= m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result


print(egcd(240, 46), egcd(17, 5), egcd(-12, 18))
print([modinv(a, 17) for a in range(1, 17)])
try:
    modinv(6, 9)
except ValueError as e:
    print("error:", e)
print(crt([2, 3, 2], [3, 5, 7]))
print(crt([1, 2], [4, 6]))
print(crt([3, 4, 5], [10 ** 9 + 7, 998244353, 1000003]))
M = 2 ** 127 - 1
print(powmod(3, M - 1, M), pow(3, M - 1, M))
print(powmod(12345678901234567890, 98765432109876543210, 10 ** 30 + 57))
print(pow(7, -1, 40), modinv(7, 40))

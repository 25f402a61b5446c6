def pidigits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
print(pidigits(60))
def collatz_len(n, cache={1: 1}):
    if n in cache:
        return cache[n]
    r = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    cache[n] = r
    return r
best = max(range(1, 30000), key=collatz_len)
print(best, collatz_len(best))
print(2 ** 200, -(2 ** 100) // 3, (2 ** 100) % 97, pow(3, 200, 10 ** 9 + 7), pow(2, -1, 7))
f = 1
for i in range(1, 40):
    f *= i
print(f, len(str(f)), sum(int(c) for c in str(f)), f.bit_length(), hex(f)[:12])
print(int("123456789" * 4) * int("987654321" * 3))
print(divmod(10 ** 30 + 7, 12345), (10 ** 30) // -7, -(10 ** 30) % 7, abs(-(10 ** 25)))
print(int("ff", 16), int("0b1010", 0), int("0o17", 0), int("z", 36), bin(-10), oct(64), hex(-255))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_length(), (-1).bit_length())
print(10 ** 18 * 10 ** 18 == 10 ** 36, 2 ** 63 - 1 + 1, -(2 ** 63) - 1, (2 ** 64) >> 3, 1 << 100, ~(2 ** 70))
print(float(2 ** 80), int(1e20), int(-3.9), 7 // 2, -7 // 2, 7 % -3, 2 ** -2, 0 ** 0)
def is_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([p for p in range(10 ** 12, 10 ** 12 + 100) if is_prime(p)], is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1))
from math import gcd, isqrt
def factor(n):
    fs, d = [], 2
    while d * d <= n:
        while n % d == 0:
            fs.append(d); n //= d
        d += 1
    if n > 1:
        fs.append(n)
    return fs
print(factor(600851475143), factor(2 ** 32 + 1), gcd(2 ** 40, 6 ** 20), isqrt(2 ** 101))
total = 0
for i in range(200000):
    total += i * i % 7
print(total)
print(sum(1 / k ** 2 for k in range(1, 10000)), sum(range(10 ** 6)))
print(str(2 ** 1000)[:20], len(str(3 ** 2000)), format(2 ** 64, ","), f"{10 ** 20:e}", round(2 ** 70 / 3))

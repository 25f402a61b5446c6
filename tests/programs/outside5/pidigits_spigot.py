"""Pi digits with the unbounded spigot algorithm (bigint heavy), plus e and sqrt(2) digits."""


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]


def isqrt_digits(v, n):
    x = v * 10 ** (2 * n)
    r = x
    y = (r + x // r) // 2
    while y < r:
        r = y
        y = (r + x // r) // 2
    return str(r)


digits = pi_digits(300)
s = "".join(map(str, digits))
for i in range(0, len(s), 50):
    chunk = s[i:i + 50]
    print(chunk, ":", i + len(chunk))
print("e  ", e_digits(80))
print("r2 ", isqrt_digits(2, 80))
big = 3 ** 500
print(len(str(big)), big % 1000003, big.bit_length(), hex(big)[:20], big >> 700)
f = 1
for i in range(1, 120):
    f *= i
print(str(f)[:30], len(str(f)), f % (2**61 - 1), divmod(f, 10**150)[0])
print(pow(7, 10**20, 10**9 + 7), pow(12345678901234567890, -1, 10**9 + 7))
print((-big) // 7 % 1000, (-big) % 1000, -(big // -13) % 997)
print(int("9" * 60) * int("8" * 55), (10**40 + 1) ** 3 - 10**120)
print(f"{2**100:,}", f"{2**70:_x}", format(-(2**80), ">40"), f"{3**40:e}")

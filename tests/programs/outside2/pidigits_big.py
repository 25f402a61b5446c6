def pidigits(n):
    out = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


digits = pidigits(300)
s = "".join(map(str, digits))
for i in range(0, len(s), 50):
    print(s[i:i + 50], i + 50)

f = 1
for i in range(1, 60):
    f *= i
print(f, len(str(f)), f % 1000003, f.bit_length())
print(2 ** 200 - 3 ** 120, -(2 ** 100) // 7, -(2 ** 100) % 7, divmod(10 ** 30, -17))
print(pow(3, 10 ** 5, 10 ** 9 + 7), pow(2, -1, 97), abs(-10 ** 25))
print(hex(2 ** 70), oct(3 ** 30), bin(5 ** 20)[:20], int("123456789" * 4) * 3)
print(f"{2**64:,}", f"{10**20:_}", f"{2**70:x}", format(3**40, ">40"))
a = 12345678901234567890123
b = 98765432109876543210
print(a & b, a | b, a ^ b, a >> 30, b << 5, ~a)
import math
print(math.gcd(a, b), math.isqrt(a), math.comb(60, 30), math.factorial(25))
print(int.from_bytes(b"\x01\x02\x03\x04\x05\x06\x07\x08\x09", "big"), (2**72).to_bytes(10, "little"))
print(float(2 ** 80), 2 ** 80 / 3, round(2 ** 80 / 7), 10 ** 20 == 1e20)

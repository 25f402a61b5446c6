import math


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(is_p) if f]


primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:], sum(primes))
gaps = [b - a for a, b in zip(primes, primes[1:])]
print("max gap", max(gaps), "at", primes[gaps.index(max(gaps))])
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(len(twins), twins[-3:])

f = 1
for i in range(1, 61):
    f *= i
    if i % 10 == 0:
        print(f"{i}! = {f} ({len(str(f))} digits)")
print(math.factorial(100) // math.factorial(98), math.comb(100, 50), math.perm(20, 5))
print(str(math.factorial(200))[:40], math.factorial(200) % (10 ** 9 + 7))
trailing = len(str(math.factorial(500))) - len(str(math.factorial(500)).rstrip("0"))
print("trailing zeros of 500!:", trailing)

a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print("fib(300) =", a)
print("digits:", len(str(a)), "digit sum:", sum(int(d) for d in str(a)))
print(a % 1000000007, a.bit_length(), hex(a)[:20], a >> 200, a & 0xFFFF)
print(2 ** 256 - 1, (2 ** 256 - 1).bit_length(), pow(3, 200, 10 ** 12), pow(2, -1, 97))
x = -(10 ** 30) - 7
print(x // 13, x % 13, divmod(x, -13), abs(x), -x, x * x)
print(int("9" * 50) + 1, int("-123456789012345678901234567890"), int("ff" * 10, 16))
print(math.gcd(2 ** 100, 6 ** 50), math.isqrt(10 ** 40 + 12345), math.lcm(12, 18, 10 ** 20))
print(10 ** 20 / 3, 2 ** 70 / 2 ** 69, float(2 ** 80), int(1e20), 10 ** 25 // 10 ** 24)
print((10 ** 20) ** 0.5, 7 ** 0.5, round(10 ** 22 / 7), (2 ** 64) == 2.0 ** 64, 2 ** 64 < 2.0 ** 64 + 1)
catalan = [1]
for n in range(1, 40):
    catalan.append(catalan[-1] * 2 * (2 * n - 1) // (n + 1))
print(catalan[-3:])
mersenne = [p for p in primes[:30] if pow(2, 2 ** p - 1, 2 ** p - 1) == 2 % (2 ** p - 1) or p == 2]
print("mersenne candidates:", mersenne)
print(f"{2 ** 100:,}", f"{-(3 ** 45):_}", f"{7 ** 30:x}", f"{10 ** 30:e}", format(12 ** 25, ">50"))
print(sum(range(10 ** 6)), sum(i * i for i in range(1, 1001)), max(2 ** 63, 2 ** 63 - 1) - 2 ** 63)
print(int.from_bytes(b"\xff\x00\x01", "big"), (1 << 70).to_bytes(9, "big"), (255).to_bytes(2, "little"))

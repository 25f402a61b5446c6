# Arbitrary precision integers: growth past 64 bits, mixed-sign division, bit ops, pow, str/int.
# features: bigint
a = 2 ** 64
b = -(3 ** 41)
print(a, b, a + b, a - b, a * b)
print(a // 7, a % 7, b // 7, b % 7, b // -7, b % -7, divmod(b, 12345678901))
print(-a // 3, -a % 3, a // -3, (a * a) // (b * b), (a * a) % 1000000007)
print(a & (a - 1), a | 1, a ^ (a >> 1), ~a, -a >> 10, a << 100, (a << 100) >> 164)
print((-a) & 0xFFFF, (-a - 1) & 0xFFFFFFFFFFFFFFFF, b & 0xFF, b | 0, b ^ -1)
print(pow(3, 200), pow(3, 200, 10 ** 9 + 7), pow(-2, 63), pow(-2, 64), pow(2, -2))
x = 1
for i in range(1, 30):
    x = x * (2 ** 61 - 1) + i
print(x)
print(len(str(x)), x % 97, x.bit_length(), str(x)[:12], int(str(x)) == x)
print(int("123456789" * 5) // int("987654321" * 2), hex(a * 255), oct(b), bin(2 ** 70 + 5))
print(abs(b), -b, +b, b < a, a == 18446744073709551616, a == 1.8446744073709552e19, hash(a) == hash(float(a)))
print(float(2 ** 100), int(1e30), 2 ** 100 / 2 ** 98, 10 ** 30 / 3, (10 ** 30) // 3)
print(max(2 ** 65, -2 ** 66, 5), sorted([2 ** 64, -1, 2 ** 63, 0]), sum(range(10 ** 6, 10 ** 6 + 1000)) * 2 ** 40)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2, 3037000500 ** 2)

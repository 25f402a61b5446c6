"""Integers, floats and complex numbers at their edges."""
from fractions import Fraction

print(2 ** 100, -(2 ** 63), 2 ** 64 - 1, (-2) ** 63, 10 ** 30 // 7, 10 ** 30 % 7)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), -7 // 2, -7 % 2, 7 % -3, -7.5 % 2)
print(pow(3, 200, 1000007), pow(2, -1, 7), pow(-2, 3), pow(2, -2), 0 ** 0, 0.0 ** 0)
print(int(3.99), int(-3.99), int("-0"), int(1e20), float(2 ** 60), 2 ** 0.5, (-8) ** (1 / 3))
print(abs(-5), abs(-2.5), abs(3 + 4j), (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), complex(2, -0.0))
print(1 + 2j == complex("1+2j"), (2j) ** 2, repr(1j), repr(-1j), repr(complex(0, 0)), (1+0j).conjugate())
print(7 .bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(bin(-10), oct(64), hex(-255), f"{-255:#x}", 0x7F & 0b1010, 6 ^ 3, ~5, 1 << 70, -1 >> 3, (2 ** 70) >> 65)
print(3.0.is_integer(), (2.5).as_integer_ratio(), float.fromhex("0x1.8p1"), (0.1).hex(), 1e308 * 10, -1e308 * 10)
print(max(1, 2.0), min(2, 1.0), max([3, 1, 2]), min("b", "a"), sum([0.1] * 10), sum(range(101)), sum([[1], [2]], []))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1, 3) ** 2, float(Fraction(22, 7)), Fraction(-6, 4))
print(round(Fraction(7, 2)), Fraction(5, 3).limit_denominator(1), Fraction(10, 4) == 2.5, Fraction(1, 2) < 0.6)
print(True + True, True * 3.5, 5 / 2, 5 // 2.0, 2 ** -1, 10 % 3.5, -0.0 == 0.0, hash(-1), hash(1.0) == hash(1))
big = 1
for i in range(1, 40):
    big *= i
print(big, len(str(big)), str(big)[:10], big % 1000000007, big.bit_length())
print(float("nan") == float("nan"), float("inf") - float("inf"), 1e300 * 1e300, int(float("1e18")) + 1)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
print((-1) ** 0.5, 1 % 3.0, 1e16 + 1, 9007199254740993, float(9007199254740993))

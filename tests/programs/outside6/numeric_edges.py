import math
from fractions import Fraction

print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7.5, -2))
print(2 ** -1, (-8) ** (1 / 3) if False else "skip", pow(3, 4, 5), pow(2, -1, 7), pow(-2, 3))
print(10 / 4, 10 // 4.0, -0.0 == 0.0, math.copysign(1, -0.0), 1 / 3)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(int("  42  "), int("-0b101", 0), int("0o17", 0), int("ff", 16), int("z", 36), int(3.99), int(-3.99), int("1_000"))
print(float("1e3"), float(" -inf "), float("nan") != float("nan"), float("1_0.5"))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((10).bit_length(), (-1).bit_length(), (2**100).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else 8)
print((0.5).as_integer_ratio(), (1.1).hex(), float.fromhex("0x1.8p1"), (3.0).is_integer(), (7).as_integer_ratio())
print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.gcd(48, 180), math.lcm(4, 6), math.isqrt(99))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.7), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.sqrt(2), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.sin(0), math.cos(math.pi))
print(math.inf > 10**400, -math.inf < -(10**400), math.isinf(1e308 * 10), math.isnan(math.inf - math.inf))
big = 3**200
print(big % 1000007, big // 10**90, len(str(big)), str(big)[:20], hex(big)[:20])
print(-big // 7 == -(big // 7) - 1, (-big) % 7, abs(-big) == big, big > 1e95)
print(float(2**53 + 1), int(float(2**53 + 1)), 2**63 - 1, -(2**63), (2**64) * (2**64))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5), Fraction(355, 113).limit_denominator(10))
print(sum(Fraction(1, n) for n in range(1, 11)), float(Fraction(22, 7)), Fraction(-7, 2) // 1, round(Fraction(7, 2)))
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), (2j) ** 2, complex("1+2j"))
print(max(3, 7.0, 5), min([2.5, 2, 3]), sum([1, 2.5, Fraction(1, 2)]), sum(range(101)), sum([], 10))
print(hash(1) == hash(1.0), hash(0.5) == hash(Fraction(1, 2)), True + True, True * 3.5, int(True))
print(1e16 + 1, 1e16 + 2, 2.0 ** 0.5, 10 ** 20 / 3, 10 ** 20 // 3, 1 / 7 * 7 == 1)
for x in [0.1, 0.25, 1e22, 1e-5, 123456789012345678.0, 5e-324, 1.7976931348623157e308]:
    print(repr(x), str(x), f"{x:.17g}")
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)

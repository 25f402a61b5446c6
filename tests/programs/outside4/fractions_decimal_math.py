from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN
import math

def egyptian(fr):
    out = []
    while fr.numerator != 0:
        d = -(-fr.denominator // fr.numerator)
        out.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return out

print(egyptian(Fraction(4, 13)))
print(" + ".join(str(f) for f in egyptian(Fraction(5, 121))))
h = sum(Fraction(1, k) for k in range(1, 11))
print(h, float(h), h.limit_denominator(100))
print(Fraction("3.1415926535").limit_denominator(1000))
print(Fraction(1, 3) ** 3, Fraction(-7, 2) // 2, Fraction(7, 2) % 1, abs(Fraction(-1, 4)))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
print(Fraction(0.5), Fraction(3, 4) < 0.8, Fraction(1, 2) == 0.5)
print(repr(Fraction(6, -4)))

getcontext().prec = 30
print(Decimal(1) / Decimal(7))
getcontext().prec = 28
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.333")]
total = sum(prices)
print(total, total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("1.10") + Decimal("2.20"), Decimal("1.1") * 3, Decimal("10") / 4)
print(Decimal("7.9").quantize(Decimal("1"), rounding=ROUND_DOWN))
print(Decimal(2).sqrt())
print(Decimal("123.4500").normalize(), Decimal("-0"), Decimal("1e3") + 1)
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('1234567.891'):,.2f}")
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(repr(Decimal("1.50")), str(Decimal(0.25)))
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("0.75")]))
print(max(Decimal("1.0"), Decimal("1.00")), Decimal("3") ** 4, -Decimal("5.5"))
print(int(Decimal("9.99")), float(Decimal("0.125")), Decimal(10) % 3, Decimal(-10) // 3)
print(math.gcd(48, 180), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(math.isqrt(10**20 + 12345), math.prod([1, 2, 3, 4, 5]))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5), round(3.5), round(2.675, 2))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.log(1000, 10), math.log2(1024))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, divmod(-7, 3), divmod(7.5, 2))
print(math.inf > 1e308, math.isnan(math.nan), math.isinf(-math.inf), float('nan') == float('nan'))

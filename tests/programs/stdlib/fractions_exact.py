# fractions.Fraction: exact arithmetic, limit_denominator, from floats/strings, Egyptian fractions.
from fractions import Fraction
import math

a, b = Fraction(3, 4), Fraction("5/6")
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-b), a // b, a % b)
print(Fraction(0.1), Fraction("0.1"), Fraction(1.5), Fraction("-2.25"), Fraction(10, -4))
print(Fraction(math.pi).limit_denominator(1000), Fraction(math.pi).limit_denominator(100))
print(float(Fraction(1, 3)), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
print(a < b, a == Fraction(6, 8), a == 0.75, Fraction(1, 2) + 0.5, type(Fraction(1, 2) + 1).__name__)
print(a.numerator, a.denominator, b.as_integer_ratio(), sorted([b, a, Fraction(1, 2)]))


def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return out


for f in [Fraction(4, 13), Fraction(5, 121), Fraction(2, 3)]:
    parts = egyptian(f)
    print(f, "=", " + ".join(str(p) for p in parts), sum(parts) == f)
h = sum(Fraction(1, n) for n in range(1, 31))
print(h, float(h))
x = Fraction(1)
for _ in range(6):
    x = (x + 2 / x) / 2
print(x, float(x) - math.sqrt(2))

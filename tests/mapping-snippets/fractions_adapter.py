# Snippet for the 'fractions' adapter: every mapped name, called through the module and as imported values.
import fractions
from fractions import Fraction

a = Fraction(3, 4)
b = fractions.Fraction("1.25")
print(a, b, a + b, a * b, a / b, a - b, a ** 2, -a, abs(Fraction(-7, 3)))
print(a.numerator, a.denominator, b.as_integer_ratio(), Fraction.from_float(0.1))
print(Fraction(355, 113).limit_denominator(10), Fraction("3.1415926").limit_denominator(1000))
print(a < b, a == Fraction(6, 8), a == 0.75, float(a), int(Fraction(7, 2)), round(Fraction(5, 2)))
print(sum(Fraction(1, n) for n in range(1, 8)), repr(Fraction(2, 4)), Fraction(5) // 2, Fraction(7, 3) % 1)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

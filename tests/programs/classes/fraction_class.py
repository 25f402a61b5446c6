# A rational number class with normalisation, arithmetic (incl. reflected ops), comparisons,
# hashing consistent with int, and conversion dunders.
from functools import total_ordering
from math import gcd


@total_ordering
class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Rational) else Rational(x)

    def __add__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return self._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __eq__(self, o):
        o = self._coerce(o)
        return self.num == o.num and self.den == o.den

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den) if abs(self.num) < 2 ** 52 else self.num // self.den

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


h = sum(Rational(1, k) for k in range(1, 11))
print(h, float(h), int(h))
print(Rational(3, -6), Rational(1, 3) + 1, 2 - Rational(1, 3), 3 * Rational(2, 9))
print(Rational(1, 2) / Rational(3, 4), -Rational(5, 7))
print(Rational(1, 2) < Rational(2, 3), Rational(1, 2) >= Rational(2, 4), Rational(4, 2) == 2)
print(sorted([Rational(1, 3), Rational(-1, 2), Rational(5, 8), Rational(0)]))
print({Rational(2, 1): "two"}[2] if hash(Rational(2)) == hash(2) else "no")
print(repr(max(Rational(7, 3), Rational(9, 4))))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Generic numeric code on the numbers ABCs: a statistics helper that dispatches on Integral/Rational/Real/Complex,
# a user-defined Rational (fixed-point money) that the tower accepts, a registered virtual subclass, and a
# metaclass with its own __instancecheck__ (what numbers' ABCs rely on).
import numbers
from fractions import Fraction
from decimal import Decimal


def describe(x):
    for kind in (numbers.Integral, numbers.Rational, numbers.Real, numbers.Complex, numbers.Number):
        if isinstance(x, kind):
            return kind.__name__
    return "not a number"


def exact_mean(values):
    """The mean, exact when every value is Rational, float when Real, complex otherwise."""
    if all(isinstance(v, numbers.Rational) for v in values):
        return sum((Fraction(v.numerator, v.denominator) for v in values), Fraction(0)) / len(values)
    if all(isinstance(v, numbers.Real) for v in values):
        return sum(float(v) for v in values) / len(values)
    return sum(complex(v) for v in values) / len(values)


class Cents(numbers.Rational):
    """An amount of money with an exact denominator of 100."""

    def __init__(self, cents):
        self.cents = cents

    @property
    def numerator(self):
        f = Fraction(self.cents, 100)
        return f.numerator

    @property
    def denominator(self):
        return Fraction(self.cents, 100).denominator

    def _wrap(self, f):
        return Cents(int(f * 100))

    def __add__(self, o):
        return self._wrap(Fraction(self.cents, 100) + Fraction(o.numerator, o.denominator))
    __radd__ = __add__

    def __neg__(self):
        return Cents(-self.cents)

    def __pos__(self):
        return self

    def __mul__(self, o):
        return self._wrap(Fraction(self.cents, 100) * Fraction(o))
    __rmul__ = __mul__

    def __truediv__(self, o):
        return Fraction(self.cents, 100) / o

    def __rtruediv__(self, o):
        return o / Fraction(self.cents, 100)

    def __pow__(self, e):
        return Fraction(self.cents, 100) ** e

    def __rpow__(self, b):
        return b ** float(self)

    def __abs__(self):
        return Cents(abs(self.cents))

    def __eq__(self, o):
        return Fraction(self.cents, 100) == o

    def __trunc__(self):
        return int(Fraction(self.cents, 100))

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __round__(self, ndigits=None):
        return round(Fraction(self.cents, 100), ndigits)

    def __floordiv__(self, o):
        return Fraction(self.cents, 100) // o

    def __rfloordiv__(self, o):
        return o // Fraction(self.cents, 100)

    def __mod__(self, o):
        return Fraction(self.cents, 100) % o

    def __rmod__(self, o):
        return o % Fraction(self.cents, 100)

    def __lt__(self, o):
        return Fraction(self.cents, 100) < o

    def __le__(self, o):
        return Fraction(self.cents, 100) <= o

    def __repr__(self):
        return f"Cents({self.cents})"


class Counter:
    """Not derived from numbers, but registered as Integral."""

    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return f"Counter({self.n})"


numbers.Integral.register(Counter)

samples = [3, True, 2.5, 1 + 2j, Fraction(7, 3), Decimal("0.1"), Cents(1999), Counter(4), "7", None]
for s in samples:
    print(f"{s!r:18} {describe(s)}")
print(exact_mean([1, Fraction(1, 2), Cents(250), True]), exact_mean([1, 2.5, Cents(50)]), exact_mean([1, 1j]))
price = Cents(1999)
print(float(price), complex(price), price.real, price.imag, price.conjugate(), price - Cents(999), divmod(price, 7))
print(round(price), round(price, 1), int(price.__trunc__()), price.__floor__(), price.__ceil__(), bool(Cents(0)), price <= 10, price < 100)
print(issubclass(Cents, numbers.Real), issubclass(Counter, numbers.Number), issubclass(float, numbers.Rational))
try:
    hash(price)
except TypeError as e:
    print("TypeError:", e)


class Half(numbers.Real):
    def __float__(self):
        return 0.5


try:
    Half()
except TypeError as e:
    print("TypeError:", str(e)[:60])


class Even(type):
    """A metaclass deciding membership itself."""

    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool


class EvenNumber(metaclass=Even):
    pass


print([isinstance(v, EvenNumber) for v in (0, 1, 2, 3.0, "4")], issubclass(bool, EvenNumber), issubclass(int, EvenNumber))
print(isinstance(EvenNumber(), EvenNumber), type.__subclasses__(numbers.Real) == numbers.Real.__subclasses__())

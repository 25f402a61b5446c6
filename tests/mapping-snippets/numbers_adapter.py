# Snippet for the 'numbers' adapter (implemented in Python: the ABCs with a registering metaclass).
import numbers
from numbers import Number, Complex, Real, Rational, Integral
from fractions import Fraction
from decimal import Decimal

values = [1, True, 2.5, 1j, Fraction(1, 3), Decimal("1.5"), "s", None, [1]]
for v in values:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
for t in (int, bool, float, complex, Fraction, Decimal, str, object):
    print(t.__name__, [issubclass(t, c) for c in (Number, Complex, Real, Rational, Integral)])
print([c.__name__ for c in Integral.__mro__], Number.__hash__, type(Number).__name__ != "type")


class Meters(Real):
    pass


try:
    Meters()
except TypeError as e:
    print("TypeError:", e)


@Integral.register
class Small:
    def __init__(self, v):
        self.v = v


print(Small is not None, isinstance(Small(3), Number), isinstance(Small(3), Integral), issubclass(Small, Rational), issubclass(Small, Real))
Complex.register(Small)
print(isinstance(Small(1), Complex), Number.register(int) is int)
try:
    Real.register(3)
except TypeError as e:
    print("TypeError:", e)


class Money(Rational):
    def __init__(self, cents):
        self.cents = cents
    numerator = property(lambda self: self.cents)
    denominator = property(lambda self: 100)
    def __add__(self, o): return Money(self.cents + o.cents)
    __radd__ = __add__
    def __neg__(self): return Money(-self.cents)
    def __pos__(self): return self
    def __mul__(self, o): return NotImplemented
    __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __mul__
    def __abs__(self): return Money(abs(self.cents))
    def __eq__(self, o): return isinstance(o, Money) and o.cents == self.cents
    def __trunc__(self): return self.cents // 100
    __floor__ = __ceil__ = __trunc__
    def __round__(self, nd=None): return round(self.cents / 100, nd)
    def __floordiv__(self, o): return NotImplemented
    __rfloordiv__ = __mod__ = __rmod__ = __floordiv__
    def __lt__(self, o): return self.cents < o.cents
    def __le__(self, o): return self.cents <= o.cents
    def __repr__(self): return "Money(%d)" % self.cents


m = Money(250)
print(float(m), complex(m), m.real, m.imag, m.conjugate(), m - Money(50), bool(Money(0)), isinstance(m, Real), isinstance(m, Integral))
try:
    hash(Money(1))
except TypeError as e:
    print("TypeError:", e)
print(numbers.Number.__name__, numbers.Complex.__qualname__, numbers.Real.__doc__ is not None)


class Tally(numbers.Integral):
    """Only a few methods: the rest stay abstract."""
    def __int__(self):
        return 7


try:
    Tally()
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])
print(sorted(Tally.__abstractmethods__)[:5], len(Tally.__abstractmethods__), sorted(Real.__abstractmethods__)[:4])
print(Integral.__index__(5), Integral.__float__(5), Rational.__float__(Fraction(1, 4)), Real.__complex__(2.0), Complex.__sub__(3, 1))
print(Real.__divmod__(7, 2), Real.__rdivmod__(2, 7), Real.conjugate(2.5), Integral.numerator.fget(4), Integral.denominator.fget(4))

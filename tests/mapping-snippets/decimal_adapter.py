# Snippet for the 'decimal' adapter (implemented in Python, compiled with the program).
import decimal
from decimal import (Decimal, Context, DecimalTuple, DefaultContext, BasicContext, ExtendedContext,
                     DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal,
                     Overflow, Underflow, FloatOperation, DivisionImpossible, InvalidContext, ConversionSyntax,
                     DivisionUndefined, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, setcontext, getcontext, localcontext, MAX_PREC,
                     MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)

print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(getcontext())

# construction and str/repr
for text in ["1.10", "-0", "1E+2", "0.00012", "1.2E-7", " 12_500.5 ", "Inf", "-NaN", "sNaN7", "0E-10", "123456789e-20"]:
    d = Decimal(text)
    print(repr(d), str(d), d.as_tuple(), d.adjusted())
print(Decimal(0.1), Decimal(-2.5), Decimal(10 ** 30), Decimal((1, (3, 1, 4), -2)), Decimal.from_float(0.25))
print(DecimalTuple(0, (1,), 0), Decimal(Decimal("7.0")))

# arithmetic with Decimals and ints on either side
a, b = Decimal("10.25"), Decimal("3")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, b ** -2, -a, +a, abs(-a))
print(1 + a, 1 - a, 2 * a, 1 / b, 7 // b, 7 % b, divmod(-7, b), 2 ** Decimal(10))
print(Decimal(-7) // 2, Decimal(-7) % 2, Decimal("7.5") % Decimal("0.5"))
print(sum([Decimal("0.1")] * 10), Decimal("0.1") * 3 == Decimal("0.3"), Decimal(1) / 3 * 3)

# comparisons and hashes
print(a > b, a == Decimal("10.250"), Decimal(2) == 2, Decimal("0.5") == 0.5, Decimal("1.1") < 1.2, max(a, b), min(a, 3))
print(hash(Decimal(5)) == hash(5), hash(Decimal("0.5")) == hash(0.5), hash(Decimal("2.50")) == hash(Decimal("2.5")))
print(len({Decimal("1"), Decimal("1.0"), 1, Decimal("1.00")}), bool(Decimal(0)), bool(Decimal("0.01")))
print(sorted([Decimal("3"), Decimal("-1.5"), Decimal("2.25")]))

# conversions and rounding
x = Decimal("2.675")
print(int(x), float(x), round(x), round(x, 2), round(Decimal("-2.5")), round(Decimal("3.5")), round(Decimal("1234"), -2))
print(x.quantize(Decimal("0.01")), x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), x.quantize(Decimal("1E+1")))
for mode in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(mode, Decimal("-2.45").quantize(Decimal("0.1"), mode), Decimal("2.45").to_integral_value(mode))
print(Decimal("1.50").normalize(), Decimal("100").normalize(), Decimal("-0.000").normalize(), Decimal(2).sqrt())
print(Decimal("7.9").to_integral(), Decimal("7.5").to_integral_value(), Decimal("12.345").sqrt())

# predicates and sign operations
n = Decimal("-1.5")
print(n.is_zero(), n.is_signed(), n.is_nan(), n.is_infinite(), n.is_finite(), Decimal("NaN").is_nan())
print(n.copy_abs(), n.copy_negate(), Decimal(3).copy_sign(n), n.compare(1), n.max(Decimal(-2)), n.min(Decimal(-2)))
print(Decimal(2).fma(3, 4), n.as_integer_ratio(), Decimal("1.23E+5").to_eng_string())

# formatting
v = Decimal("1234567.891")
print(format(v, ".2f"), format(v, ",.2f"), format(v, ">15"), format(v, "e"), format(v, ".3e"), format(Decimal("0.256"), "%"))
print(f"{v:,.1f}|{Decimal('-3.14159'):+.3f}|{Decimal('42'):^9}|{Decimal('0.5'):.1%}|{v:g}|{Decimal('1E+3'):f}")

# contexts
ctx = getcontext()
print(ctx.prec, ctx.rounding, Decimal(1) / Decimal(7))
with localcontext() as lc:
    lc.prec = 6
    lc.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3), getcontext().prec)
with localcontext(prec=40):
    print(Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal(2) / Decimal(3))
c = Context(prec=5, rounding=ROUND_HALF_UP)
print(c, c.divide(Decimal(2), Decimal(3)), c.create_decimal("3.14159265"))
setcontext(c)
print(Decimal(1) / 3, getcontext() is c)
setcontext(DefaultContext)
print(getcontext().prec)

# signals
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(DivisionByZero, DecimalException),
      issubclass(DecimalException, ArithmeticError), issubclass(InvalidOperation, DecimalException),
      issubclass(Overflow, Inexact), issubclass(Overflow, Rounded), issubclass(Underflow, Subnormal),
      issubclass(FloatOperation, TypeError), issubclass(ConversionSyntax, InvalidOperation),
      issubclass(DivisionImpossible, InvalidOperation), issubclass(DivisionUndefined, ZeroDivisionError),
      issubclass(InvalidContext, InvalidOperation), issubclass(Clamped, DecimalException))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", e)
try:
    Decimal(0) / 0
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e, type(e).__name__)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError", e)
with localcontext() as lc:
    lc.traps[DivisionByZero] = False
    print(Decimal(1) / 0, Decimal(-1) / 0, lc.flags[DivisionByZero], lc.flags[Inexact])
    lc.clear_flags()
    print(lc.flags[DivisionByZero])
with localcontext(ExtendedContext):
    print(Decimal(0) / 0, Decimal(-1).sqrt(), getcontext().prec)
print(decimal.Decimal("1.5") + decimal.Decimal("2.5"), decimal.ROUND_HALF_EVEN)
print(Decimal(2).exp(), Decimal(10).ln(), Decimal(1000).log10(), Decimal("0.5").log10(), Decimal(2) ** Decimal("0.5"), Decimal("1.05") ** Decimal("2.5"))

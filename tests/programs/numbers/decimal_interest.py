# Compound interest and loan arithmetic with decimal contexts: precision from localcontext, rounding modes compared,
# integer powers, square roots, divmod on Decimals, and scientific notation in str() and format().
from decimal import (Decimal, getcontext, localcontext, Context, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, DivisionByZero, Inexact)


def compound(principal, annual_rate, years, periods):
    rate = annual_rate / periods
    return principal * (1 + rate) ** (years * periods)


principal = Decimal("10000")
rate = Decimal("0.05")
for periods in (1, 4, 12, 365):
    amount = compound(principal, rate, 10, periods)
    print(f"{periods:>4} {amount:>36} {amount:>14,.2f}")

with localcontext() as ctx:
    ctx.prec = 50
    print(compound(principal, rate, 10, 12))
    print(Decimal(10) ** -20, Decimal(2).sqrt(), Decimal("1.0001") ** 1000)
with localcontext(prec=8):
    print(compound(principal, rate, 10, 12), Decimal(1) / Decimal(81))
print(getcontext().prec, compound(principal, rate, 10, 12).quantize(Decimal("0.01")))

# One value under every rounding mode, at several places.
modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
for value in ("2.5", "-2.5", "0.125", "-7.45", "1.05"):
    d = Decimal(value)
    step = Decimal(1) if d.as_tuple().exponent == -1 else Decimal("0.1")
    cells = [str(d.quantize(step, rounding=m)) for m in modes]
    print(f"{value:>6}", " ".join(f"{c:>5}" for c in cells), d.to_integral_value(ROUND_HALF_UP))

# Contexts with a small precision round every result.
small = Context(prec=4, rounding=ROUND_HALF_UP)
print(small.add(Decimal("1234.5"), Decimal("0.06")), small.multiply(Decimal("3.14159"), Decimal(2)),
      small.divide(Decimal(10), Decimal(3)), small.sqrt(Decimal(10)), small.power(Decimal("1.5"), 3))
print(small.flags[Inexact], small.prec, small.rounding)

# Scientific notation, as str() prints it, and formatting.
for text in ("1E+2", "0.00012", "0.0000012", "123.456E+10", "-0.0", "5E-10", "1000000", "0E+3"):
    d = Decimal(text)
    print(f"{text:>12} {str(d):>14} {d.normalize()!s:>10} {d:e} {d:.3g} {d.adjusted():>3} {d.to_eng_string()}")

# Integer-style division, remainders and comparisons.
for a, b in ((17, 5), (-17, 5), (17, -5), (Decimal("7.5"), Decimal("2")), (Decimal("-0.3"), Decimal("0.2"))):
    a, b = Decimal(a), Decimal(b)
    print(a, b, a // b, a % b, divmod(a, b), a.remainder_near(b), a / b, a.compare(b), a.max(b), a.min(b))
years = 0
balance = Decimal("1000")
while balance < 2000:
    balance = (balance * Decimal("1.07")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    years += 1
print("doubled after", years, "years:", balance, balance > 1999.99, balance == Decimal("2104.85"))
try:
    Decimal(5) / 0
except DivisionByZero as e:
    print("division by zero:", e, isinstance(e, ZeroDivisionError))
print(Decimal(0.1), Decimal("0.1") + Decimal("0.2"), float(Decimal("0.3")), int(Decimal("-7.9")), hash(Decimal("2.0")) == hash(2))

"""Telco-style decimal billing: quantize, rounding modes, contexts and formatting."""
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP, ROUND_CEILING, ROUND_FLOOR, getcontext, localcontext
import random

getcontext().rounding = ROUND_DOWN
rates = [Decimal("0.0013"), Decimal("0.00894")]
twodig = Decimal("0.01")
Banker = ROUND_HALF_EVEN
basictax = Decimal("0.0675")
disttax = Decimal("0.0341")

rng = random.Random(42)
calls = [(rng.randrange(1, 5000), rng.random() < 0.3) for _ in range(400)]

sumT = sumB = sumD = Decimal(0)
lines = []
for n, dist in calls:
    r = rates[1 if dist else 0]
    nd = Decimal(n)
    p = (r * nd).quantize(twodig, rounding=Banker)
    b = (p * basictax).quantize(twodig, rounding=ROUND_DOWN)
    sumB += b
    t = p + b
    if dist:
        d = (p * disttax).quantize(twodig, rounding=ROUND_DOWN)
        sumD += d
        t += d
    sumT += t
    lines.append(t)
print(len(lines), sumT, sumB, sumD)
print(lines[:8])
print(max(lines), min(lines), sum(lines) / len(lines))

x = Decimal("2.675")
for mode in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR):
    print(mode, x.quantize(twodig, rounding=mode), (-x).quantize(twodig, rounding=mode))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7))
    print(Decimal(2).sqrt())
print(Decimal(1) / Decimal(7))
getcontext().rounding = ROUND_HALF_EVEN
print(Decimal("1.10") + Decimal("2.20"), Decimal("1.1") * 3, Decimal("10") / 4, Decimal("-7") // 2, Decimal("-7") % 2)
print(Decimal("123.4500").normalize(), Decimal("1E+3").normalize(), Decimal("0.000") == 0, Decimal(0.1))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('3.14159'):.3}", format(Decimal("-0.0049"), ".2f"))
print(Decimal("3.5").to_integral_value(), round(Decimal("2.5")), round(Decimal("3.14159"), 3), int(Decimal("-9.99")), float(Decimal("1.25")))
print(Decimal("1.23E-7"), Decimal("12345678901234567890.12345"), Decimal("-0"), Decimal("Infinity"), Decimal("NaN").is_nan())
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("1.50"), Decimal("0.3")]), Decimal("1.5") == Decimal("1.50"))
print(Decimal((0, (1, 4, 1, 4), -3)), Decimal("7.25").as_tuple(), Decimal("2") ** 10, Decimal("2") ** Decimal("0.5"))
print(repr(Decimal("4.20")), str(Decimal("5E-10")), Decimal("100").quantize(Decimal("1E+1")), Decimal(7).compare(Decimal(8)))

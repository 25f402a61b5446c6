# decimal.Decimal: exact decimal money arithmetic, quantize with rounding modes, context precision.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, getcontext, localcontext

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("0.20")]
print(sum(prices), sum(prices, Decimal(0)) * 3, Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
cent = Decimal("0.01")
for v in ["2.675", "2.665", "-1.005", "0.125"]:
    d = Decimal(v)
    print(v, d.quantize(cent, ROUND_HALF_UP), d.quantize(cent, ROUND_HALF_EVEN), d.quantize(cent, ROUND_DOWN))
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7))
    print(Decimal(2).sqrt())
print(getcontext().prec, Decimal("1.10") * 3, Decimal("1e3"), Decimal("100").normalize(), Decimal(0.5))
rate = Decimal("0.0425")
balance = Decimal("1000.00")
for year in range(1, 6):
    balance = (balance * (1 + rate)).quantize(cent, ROUND_HALF_UP)
    print(year, balance)
print(Decimal("3.14159").as_tuple(), Decimal("-0"), Decimal("NaN").is_nan(), str(Decimal("1.500")))
print(Decimal("7") // Decimal("2"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"), -7 % 2)

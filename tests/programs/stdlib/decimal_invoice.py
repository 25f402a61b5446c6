# Invoice totals with decimal: line items, per-line tax rounded half-up to the cent, discounts, a formatted table,
# splitting a total into instalments that add up exactly, and currency conversion with a banker's-rounding context.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext, InvalidOperation

CENT = Decimal("0.01")


def money(value):
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


items = [
    ("Widget", 3, "19.99", "0.20"),
    ("Gadget, large", 1, "249.50", "0.20"),
    ("Service hour", 7, "85.00", "0.00"),
    ("Cable", 12, "2.345", "0.07"),
    ("Adapter", 2, "13.125", "0.07"),
]

subtotal = Decimal(0)
tax_total = Decimal(0)
print(f"{'item':<15}{'qty':>4}{'price':>10}{'net':>11}{'tax':>9}")
for name, qty, price, rate in items:
    net = money(Decimal(price) * qty)
    tax = money(net * Decimal(rate))
    subtotal += net
    tax_total += tax
    print(f"{name:<15}{qty:>4}{Decimal(price):>10}{net:>11,.2f}{tax:>9.2f}")
discount = money(subtotal * Decimal("0.05"))
total = subtotal - discount + tax_total
print(f"{'subtotal':<30}{subtotal:>19,.2f}")
print(f"{'discount 5%':<30}{-discount:>19,.2f}")
print(f"{'tax':<30}{tax_total:>19,.2f}")
print(f"{'total':<30}{total:>19,.2f}")
print(repr(total), total.as_tuple().exponent, total == float(total), str(total * 100))

# Instalments: equal parts rounded down, the remainder cents go to the first parts.
for n in (3, 7, 12):
    part = (total / n).quantize(CENT, rounding=ROUND_DOWN)
    parts = [part] * n
    cents = int((total - part * n) / CENT)
    for i in range(cents):
        parts[i] += CENT
    print(n, parts[0], parts[-1], sum(parts) == total, len(set(parts)))

# Currency conversion: the rate has six decimals, results use banker's rounding in a local context.
rates = {"EUR": Decimal("0.921456"), "JPY": Decimal("151.337"), "GBP": Decimal("0.788215")}
with localcontext() as ctx:
    ctx.rounding = ROUND_HALF_EVEN
    ctx.prec = 12
    for code in sorted(rates):
        converted = total * rates[code]
        print(code, converted, converted.quantize(CENT), f"{converted:.1f}", round(converted), round(converted, 3))
print(Decimal("2.5").quantize(Decimal(1)), Decimal("3.5").quantize(Decimal(1)), money("2.5"), money("-2.5"))

# Percentages and bad input.
for share in (Decimal("0.125"), Decimal("1") / 3, Decimal("0.5")):
    print(f"{share:.1%} {share:>8.3%} {share * total:.2f}")
for text in ("12.50", "1_000.25", " 7 ", "12,50", "", "1e3"):
    try:
        print(repr(text), money(text))
    except InvalidOperation as e:
        print(repr(text), "invalid:", e)

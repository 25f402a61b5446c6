# Mortgage amortisation with Decimal: monthly payment formula, schedule with exact cent rounding,
# totals, and an extra-payment scenario.
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 28
CENT = Decimal("0.01")


def payment(principal, annual_rate, years):
    r = annual_rate / 12
    n = years * 12
    return (principal * r / (1 - (1 + r) ** -n)).quantize(CENT, ROUND_HALF_UP)


def schedule(principal, annual_rate, years, extra=Decimal(0)):
    pay = payment(principal, annual_rate, years)
    balance = principal
    month = 0
    total_interest = Decimal(0)
    rows = []
    while balance > 0:
        month += 1
        interest = (balance * annual_rate / 12).quantize(CENT, ROUND_HALF_UP)
        principal_part = min(pay + extra - interest, balance)
        balance -= principal_part
        total_interest += interest
        rows.append((month, interest, principal_part, balance))
    return pay, rows, total_interest


pay, rows, interest = schedule(Decimal("250000"), Decimal("0.045"), 30)
print("payment", pay, "months", len(rows), "interest", interest)
for row in rows[:3] + rows[-2:]:
    print("%3d %10s %10s %12s" % row)
pay2, rows2, interest2 = schedule(Decimal("250000"), Decimal("0.045"), 30, extra=Decimal("200"))
print("with extra: months", len(rows2), "interest", interest2, "saved", interest - interest2)
for rate in ("0.03", "0.05", "0.07"):
    print(rate, payment(Decimal("100000"), Decimal(rate), 15), payment(Decimal("100000"), Decimal(rate), 30))

import sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

balances = defaultdict(Decimal)
history = []
errors = 0
for lineno, raw in enumerate(sys.stdin, 1):
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    try:
        kind, account, amount = line.split()
        value = Decimal(amount)
    except (ValueError, ArithmeticError) as e:
        errors += 1
        print(f"line {lineno}: cannot parse {line!r} ({type(e).__name__})")
        continue
    if kind == "dep":
        balances[account] += value
    elif kind == "wd":
        if balances[account] < value:
            errors += 1
            print(f"line {lineno}: insufficient funds in {account}: {balances[account]} < {value}")
            continue
        balances[account] -= value
    else:
        errors += 1
        print(f"line {lineno}: unknown kind {kind}")
        continue
    history.append((kind, account, value))

width = max(len(a) for a in balances)
for account in sorted(balances):
    b = balances[account].quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    print(f"{account:<{width}} {b:>10}")
total = sum(balances.values(), Decimal(0))
print("total", total, "transactions", len(history), "errors", errors)
print("interest", (total * Decimal("0.035")).quantize(Decimal("0.01")), Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(8))
sys.exit(2 if errors else 0)

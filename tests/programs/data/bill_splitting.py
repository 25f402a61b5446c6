# Splitting shared expenses: compute balances and a minimal set of settling transfers.
from fractions import Fraction

EXPENSES = [
    ("ann", 120, ["ann", "bob", "cy"]),
    ("bob", 45, ["bob", "cy"]),
    ("cy", 90, ["ann", "bob", "cy", "dee"]),
    ("dee", 30, ["dee", "ann"]),
    ("ann", 16, ["cy"]),
]
balance = {}
for payer, amount, group in EXPENSES:
    share = Fraction(amount, len(group))
    balance[payer] = balance.get(payer, 0) + amount
    for person in group:
        balance[person] = balance.get(person, 0) - share
for person in sorted(balance):
    print(f"{person:4} {float(balance[person]):+8.2f}")
assert sum(balance.values()) == 0
creditors = sorted(((b, p) for p, b in balance.items() if b > 0), reverse=True)
debtors = sorted(((-b, p) for p, b in balance.items() if b < 0), reverse=True)
transfers = []
while creditors and debtors:
    c_amt, c = creditors.pop(0)
    d_amt, d = debtors.pop(0)
    pay = min(c_amt, d_amt)
    transfers.append((d, c, pay))
    if c_amt > pay:
        creditors.insert(0, (c_amt - pay, c))
    if d_amt > pay:
        debtors.insert(0, (d_amt - pay, d))
for d, c, amt in transfers:
    print(f"{d} pays {c} {float(amt):.2f} ({amt})")

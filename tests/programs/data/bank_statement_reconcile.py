# Reconciling a bank statement against a ledger: matching by amount and date window.
from datetime import date

BANK = [
    ("2024-05-01", -45.10, "GROCERY MART"), ("2024-05-02", 2500.00, "PAYROLL"),
    ("2024-05-03", -12.00, "COFFEE"), ("2024-05-06", -800.00, "RENT"), ("2024-05-07", -12.00, "COFFEE"),
    ("2024-05-09", -60.00, "UTILITY CO"),
]
LEDGER = [
    ("2024-05-01", -45.10, "groceries"), ("2024-05-01", 2500.00, "salary"), ("2024-05-05", -800.00, "rent"),
    ("2024-05-03", -12.00, "coffee"), ("2024-05-10", -33.33, "book"),
]


def d(s):
    return date.fromisoformat(s)


unmatched_ledger = list(LEDGER)
matches, bank_only = [], []
for bdate, amount, desc in BANK:
    best = None
    for entry in unmatched_ledger:
        gap = abs((d(entry[0]) - d(bdate)).days)
        if entry[1] == amount and gap <= 3 and (best is None or gap < best[0]):
            best = (gap, entry)
    if best:
        unmatched_ledger.remove(best[1])
        matches.append((bdate, desc, best[1][2], best[0]))
    else:
        bank_only.append((bdate, amount, desc))
for m in matches:
    print("matched  ", m)
for b in bank_only:
    print("bank only", b)
for l in unmatched_ledger:
    print("book only", l)
diff = round(sum(a for _, a, _ in BANK) - sum(a for _, a, _ in LEDGER), 2)
print(f"difference {diff:+.2f}")

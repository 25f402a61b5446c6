# Expected: exit status 3 via sys.exit(3) after printing a report; finally blocks still run.
import sys


def validate(records):
    bad = [r for r in records if r["qty"] < 0]
    for r in bad:
        print(f"invalid record {r['id']}: qty={r['qty']}")
    return len(bad)


records = [{"id": 1, "qty": 5}, {"id": 2, "qty": -1}, {"id": 3, "qty": 0}, {"id": 4, "qty": -7}]
try:
    errors = validate(records)
    print(f"{errors} errors")
    if errors:
        sys.exit(3)
    print("all good")
finally:
    print("cleanup")

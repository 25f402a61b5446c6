# Error handling patterns: retry loops with exception types, error accumulation, EAFP vs LBYL.


def parse_records(lines):
    good, errors = [], []
    for lineno, line in enumerate(lines, 1):
        try:
            name, qty, price = line.split(",")
            good.append((name.strip(), int(qty), float(price)))
        except ValueError as e:
            errors.append((lineno, type(e).__name__, str(e)))
    return good, errors


LINES = ["apple, 3, 0.5", "pear,x,1.0", "fig,2", "kiwi, 10, 0.25", "melon,1,abc", ",,,"]
good, errors = parse_records(LINES)
print(good)
for err in errors:
    print(err)
inventory = {"apple": 3, "kiwi": 10}


def eafp(key):
    try:
        return inventory[key]
    except KeyError:
        return 0


def lbyl(key):
    return inventory[key] if key in inventory else 0


print([eafp(k) for k in ("apple", "plum")], [lbyl(k) for k in ("kiwi", "plum")])
attempts = iter([ConnectionError("reset"), TimeoutError("slow"), None])


def connect():
    err = next(attempts)
    if err:
        raise err
    return "connected"


for attempt in range(1, 5):
    try:
        print(attempt, connect())
        break
    except (ConnectionError, TimeoutError) as e:
        print(attempt, f"{type(e).__name__}: {e}")
else:
    print("gave up")

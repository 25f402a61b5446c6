# Rounding money correctly with integers (cents) vs floats; banker's rounding pitfalls; splitting.
prices = [0.1, 0.2, 0.3, 1.005, 2.675, 19.99]
total = 0.0
for p in prices:
    total += p  # a plain loop: sum() of floats is compensated (more exact) since Python 3.12
print(total, round(total, 2), sum(round(p * 100) for p in prices))
print([round(p, 2) for p in prices], [f"{p:.2f}" for p in prices])
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5)], [int(x + 0.5) for x in (0.5, 1.5, 2.5)])


def to_cents(text):
    whole, _, frac = text.partition(".")
    frac = (frac + "00")[:3]
    cents = int(whole) * 100 + int(frac[:2])
    if int(frac[2]) >= 5:
        cents += 1
    return cents


def fmt(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}${abs(cents) // 100:,}.{abs(cents) % 100:02d}"


amounts = ["10.005", "2.675", "0.994", "1234567.891", "0.5"]
print([to_cents(a) for a in amounts], [fmt(to_cents(a)) for a in amounts])


def split(total_cents, ways):
    base, extra = divmod(total_cents, ways)
    return [base + (1 if i < extra else 0) for i in range(ways)]


print(split(10000, 3), split(1, 4), sum(split(99999, 7)), fmt(-123456))
interest = 100000
for month in range(12):
    interest += interest * 5 // 1200
print(fmt(interest))

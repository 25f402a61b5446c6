items = [
    ("Widget", 1234, 2.5, "hardware"),
    ("Gadget", 56, 199.99, "electronics"),
    ("Doohickey", 1000000, 0.015, "hardware"),
    ("Thingamajig", 0, 45.0, "misc"),
    ("Sprocket", 789, 3.333333, "hardware"),
    ("Ünïcode Ítem", 42, 12.5, "misc"),
]

header = f"{'Name':<14}{'Qty':>10}{'Price':>10}{'Value':>16}{'Share':>8}"
print(header)
print("=" * len(header))
grand = sum(q * p for _, q, p, _ in items)
for name, qty, price, cat in items:
    value = qty * price
    share = value / grand
    print(f"{name:<14}{qty:>10,}{price:>10.2f}{value:>16,.2f}{share:>8.1%}")
print("-" * len(header))
print(f"{'TOTAL':<14}{sum(q for _, q, _, _ in items):>10,}{'':>10}{grand:>16,.2f}{1:>8.0%}")

by_cat = {}
for name, qty, price, cat in items:
    by_cat.setdefault(cat, []).append((name, qty * price))
for cat in sorted(by_cat):
    rows = by_cat[cat]
    tot = sum(v for _, v in rows)
    print(f"[{cat.upper():^15}] {len(rows)} item(s), {tot:_.1f}")
    for n, v in sorted(rows, key=lambda r: -r[1]):
        print(f"    {n!r:>18} -> {v:+012.3f}")

nums = [0, 1, -1, 3.14159, -2.5e-7, 1e21, 123456789, float("inf"), float("nan")]
for n in nums:
    print(f"|{n:>12}|{n:<12g}|{n:^+12.3e}|{n!r}|")
for n in [0, 7, -42, 255, 65535, 10**12]:
    print(f"{n:#x} {n:#o} {n:#b} {n:08d} {n:+,} {n:_x} {n:>+8} {n:=+8} {n:c}" if 0 <= n < 0x110000 else f"{n:#x} {n:,} {n:e}")
print("%5s|%-5s|%05d|%.3f|%x|%o|%e|%g|%%|%r" % ("ab", "cd", 42, 2 / 3, 255, 8, 12345.678, 0.0001234, "q"))
print("%(name)s has %(n)d items" % {"name": "shop", "n": 3})
print("%+d %+d % d %c %5.1f%%" % (5, -5, 7, 65, 99.44))
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(-0.0, "+.1f"), format(1e-10, "g"))
print(round(2.675, 2), round(0.125, 2), round(1234.5), round(1235.5), round(-0.5), round(12345, -2))
print(f"{'left':*<10}{'mid':-^11}{'right':#>10}")
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {1.005:.2f} {1e16:.0f} {123.456:10.4} {0.00001:.2}")
print(f"{True:>5} {None!s:>6} {[1, 2]!s:>8} {'x'!a} {'é'!a}")

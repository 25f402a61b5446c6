# Reshaping records with comprehensions: pivot tables, zip/unzip, group-by with dict comps.

rows = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 150),
    ("2024-02", "south", 95), ("2024-03", "north", 130), ("2024-03", "east", 40),
    ("2024-03", "south", 110),
]
months = sorted({m for m, _, _ in rows})
regions = sorted({r for _, r, _ in rows})
pivot = {m: {r: sum(v for mm, rr, v in rows if mm == m and rr == r) for r in regions} for m in months}
print("month   " + "".join(f"{r:>7}" for r in regions))
for m in months:
    print(m + " " + "".join(f"{pivot[m][r]:7d}" for r in regions))
col_totals = {r: sum(pivot[m][r] for m in months) for r in regions}
print(col_totals)
ms, rs, vs = zip(*rows)
print(len(ms), sum(vs), max(zip(vs, rs)))
records = [dict(zip(("month", "region", "value"), row)) for row in rows]
print(records[0])
best = {r: max((rec for rec in records if rec["region"] == r), key=lambda d: d["value"])["month"]
        for r in regions}
print(best)
growth = [(m2, round((pivot[m2]["north"] - pivot[m1]["north"]) / pivot[m1]["north"] * 100, 1))
          for m1, m2 in zip(months, months[1:])]
print(growth)

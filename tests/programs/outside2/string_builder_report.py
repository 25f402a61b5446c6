from datetime import datetime, date
import io
import csv

SALES = """region,rep,month,amount
East,Alice,2024-01,1200.50
West,Bob,2024-01,980.00
East,Alice,2024-02,1430.25
East,Carl,2024-02,310.75
West,Dana,2024-02,2210.00
West,Bob,2024-03,875.10
"""

rows = list(csv.DictReader(io.StringIO(SALES)))
print(len(rows), rows[0])
by_region = {}
for r in rows:
    by_region.setdefault(r["region"], []).append(float(r["amount"]))
for region, amts in sorted(by_region.items()):
    print(f"{region:<6}| n={len(amts)} total={sum(amts):>10,.2f} avg={sum(amts) / len(amts):8.2f} max={max(amts):.1f}")
out = io.StringIO()
w = csv.writer(out)
w.writerow(["rep", "total", "note"])
totals = {}
for r in rows:
    totals[r["rep"]] = totals.get(r["rep"], 0) + float(r["amount"])
for rep, t in sorted(totals.items(), key=lambda kv: -kv[1]):
    w.writerow([rep, f"{t:.2f}", 'says "hi", ok' if rep == "Bob" else ""])
print(out.getvalue(), end="")
reader = csv.reader(io.StringIO('a,"b,c",d\n1,"2 ""q""",3\n'))
print(list(reader))
dw = io.StringIO()
writer = csv.DictWriter(dw, fieldnames=["x", "y"])
writer.writeheader()
writer.writerows([{"x": 1, "y": 2}, {"x": 3, "y": None}])
print(repr(dw.getvalue()))
dt = datetime(2024, 3, 15, 14, 30, 5)
print(dt, dt.isoformat(), dt.strftime("%d/%m/%Y %H:%M:%S %j %A"), dt.date(), dt.time(), dt.year + dt.month)
print(datetime.strptime("2023-07-04 09:15", "%Y-%m-%d %H:%M"), (dt - datetime(2024, 1, 1)).days, dt.replace(hour=0))
print(date(2024, 2, 29).toordinal(), date.fromordinal(738000), date(2024, 1, 1).isocalendar()[1], date(2000, 1, 1).strftime("%B %y"))
parts = []
for i in range(5):
    parts.append(f"[{i:02}]")
print("".join(parts), ", ".join(str(i) for i in range(3)), "\n".join(["x", "y"]))
lines = ["=" * 30, "REPORT".center(30), "=" * 30]
for k, v in [("alpha", 1), ("beta", 22), ("gamma", 333)]:
    lines.append(f"{k:.<20}{v:.>10}")
print("\n".join(lines))

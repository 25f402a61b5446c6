# Aggregating CSV-like sales data: totals per region/product, top sellers, monthly trend.
from collections import defaultdict

CSV = """date,region,product,units,unit_price
2024-01-03,north,widget,10,2.50
2024-01-15,south,gadget,3,10.00
2024-01-20,north,gadget,1,10.00
2024-02-02,east,widget,25,2.40
2024-02-10,south,widget,7,2.50
2024-02-11,north,gizmo,2,99.99
2024-03-05,east,gizmo,1,95.00
2024-03-09,south,gadget,8,9.50
2024-03-30,north,widget,12,2.50
2024-03-31,east,gadget,4,10.00
"""


def load(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    for line in lines[1:]:
        row = dict(zip(header, line.split(",")))
        row["units"] = int(row["units"])
        row["unit_price"] = float(row["unit_price"])
        row["revenue"] = round(row["units"] * row["unit_price"], 2)
        yield row


rows = list(load(CSV))
by_region = defaultdict(float)
by_product = defaultdict(lambda: [0, 0.0])
by_month = defaultdict(float)
for r in rows:
    by_region[r["region"]] += r["revenue"]
    by_product[r["product"]][0] += r["units"]
    by_product[r["product"]][1] += r["revenue"]
    by_month[r["date"][:7]] += r["revenue"]
print("Revenue by region:")
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    print(f"  {region:<6}{rev:>10.2f}")
print("Products:")
for product, (units, rev) in sorted(by_product.items()):
    print(f"  {product:<7}{units:>5} units {rev:>9.2f} avg {rev / units:.3f}")
months = sorted(by_month)
for prev, cur in zip(months, months[1:]):
    change = (by_month[cur] - by_month[prev]) / by_month[prev] * 100
    print(f"{cur}: {by_month[cur]:.2f} ({change:+.1f}%)")
best = max(rows, key=lambda r: r["revenue"])
print("largest sale:", best["date"], best["product"], best["revenue"])
print("total:", round(sum(r["revenue"] for r in rows), 2))

"""Sales report with grouping and aligned text-table formatting (no external libs)."""
import random
from collections import defaultdict, Counter
from statistics import mean, median, pstdev

rng = random.Random(2024)
regions = ["North", "South", "East", "West"]
products = ["Widget", "Gadget", "Doohickey", "Thingamajig", "Gizmo"]
rows = []
for i in range(600):
    rows.append({
        "id": i,
        "region": rng.choice(regions),
        "product": rng.choice(products),
        "qty": rng.randint(1, 40),
        "price": round(rng.uniform(1.5, 99.99), 2),
        "month": rng.randint(1, 12),
    })


def table(headers, data, aligns):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in data)) for i, h in enumerate(headers)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    out.append("| " + " | ".join(f"{h:^{w}}" for h, w in zip(headers, widths)) + " |")
    out.append(sep.replace("-", "="))
    for r in data:
        cells = []
        for v, w, a in zip(r, widths, aligns):
            cells.append(f"{v:{a}{w}}" if not isinstance(v, str) else f"{v:{a}{w}s}")
        out.append("| " + " | ".join(cells) + " |")
    out.append(sep)
    return "\n".join(out)


by_region = defaultdict(list)
for r in rows:
    by_region[r["region"]].append(r["qty"] * r["price"])
data = []
for reg in sorted(by_region):
    vals = by_region[reg]
    data.append((reg, len(vals), f"{sum(vals):,.2f}", f"{mean(vals):.2f}", f"{median(vals):.2f}", f"{pstdev(vals):.3f}"))
print(table(["Region", "Orders", "Revenue", "Mean", "Median", "StdDev"], data, "<>>>>>"))

pivot = defaultdict(lambda: defaultdict(int))
for r in rows:
    pivot[r["product"]][r["region"]] += r["qty"]
hdr = ["Product"] + regions + ["Total"]
pdata = []
for p in sorted(pivot):
    vals = [pivot[p][reg] for reg in regions]
    pdata.append((p, *vals, sum(vals)))
totals = ["TOTAL"] + [sum(row[i] for row in pdata) for i in range(1, len(hdr))]
pdata.append(tuple(totals))
print(table(hdr, pdata, "<" + ">" * (len(hdr) - 1)))

monthly = Counter()
for r in rows:
    monthly[r["month"]] += r["qty"]
peak = max(monthly.values())
for m in range(1, 13):
    bar = "#" * round(40 * monthly[m] / peak)
    print(f"{m:>2} {monthly[m]:5d} {bar}")
top = sorted(rows, key=lambda r: (-r["qty"] * r["price"], r["id"]))[:5]
for r in top:
    print("{id:>4} {region:<6} {product:<12} {qty:>3} x {price:>6.2f} = {total:>9.2f}".format(total=r["qty"] * r["price"], **r))
print(Counter(r["product"] for r in rows).most_common(3))
print("%-10s|%8.3f|%+05d|%x|%o|%e|%5.1f%%" % ("pct", 3.14159, 42, 255, 8, 12345.678, 45.25))
print("{:*^30}".format(" END "), "{0!r:>10} {0!s:<5}|".format("ab"), "{:08.3f} {:+,} {:.2%}".format(-3.14159, 1234567, 0.4567))

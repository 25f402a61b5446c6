# A sales report from CSV text: parse with DictReader, aggregate, and write summaries with writer and DictWriter.
import csv
import io

RAW = '''date,region,product,units,unit_price,comment
2024-01-03,North,Widget,12,2.50,
2024-01-03,South,Gadget,3,19.99,"rush order, ship today"
2024-01-04,North,Gadget,1,19.99,"customer said ""great"""
2024-01-05,East,Widget,40,2.25,bulk discount
2024-01-05,South,Widget,7,2.50,
2024-01-06,East,Doohickey,2,7.00,"two-line
note"
2024-01-07,North,Widget,5,2.50,
'''

rows = list(csv.DictReader(io.StringIO(RAW)))
print(len(rows), "rows; columns:", ", ".join(rows[0].keys()))
totals = {}
units = {}
for row in rows:
    amount = int(row["units"]) * float(row["unit_price"])
    totals[row["region"]] = totals.get(row["region"], 0.0) + amount
    units[row["product"]] = units.get(row["product"], 0) + int(row["units"])
    if row["comment"]:
        print("note on %s/%s: %r" % (row["date"], row["product"], row["comment"]))

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "revenue"])
for region in sorted(totals):
    w.writerow([region, "%.2f" % totals[region]])
w.writerow(["all regions, total", "%.2f" % sum(totals.values())])
print(out.getvalue(), end="")

tsv = io.StringIO()
dw = csv.DictWriter(tsv, fieldnames=["product", "units", "share"], dialect="excel-tab", lineterminator="\n")
dw.writeheader()
all_units = sum(units.values())
for product, count in sorted(units.items(), key=lambda kv: -kv[1]):
    dw.writerow({"product": product, "units": count, "share": round(100 * count / all_units, 1)})
print(tsv.getvalue(), end="")

back = list(csv.reader(io.StringIO(tsv.getvalue()), delimiter="\t"))
print(back[1:])
quoted = io.StringIO()
csv.writer(quoted, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerows(
    [[p, u] for p, u in sorted(units.items())])
print(quoted.getvalue(), end="")
print(list(csv.reader(quoted.getvalue().splitlines(), quoting=csv.QUOTE_NONNUMERIC)))

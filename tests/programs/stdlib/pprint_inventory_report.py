# Pretty-printing an inventory: nested records, grouped indexes and summaries with pprint at several widths.
import pprint
from collections import defaultdict, Counter

inventory = [
    {"sku": "A-100", "name": "steel bolt M6", "qty": 1200, "bins": ["R1-S2", "R1-S3"], "price": 0.12},
    {"sku": "A-101", "name": "steel nut M6", "qty": 950, "bins": ["R1-S4"], "price": 0.05},
    {"sku": "B-220", "name": "hinge, brass, 60 mm", "qty": 48, "bins": ["R4-S1", "R4-S2", "R5-S1"], "price": 3.4},
    {"sku": "C-310", "name": "drawer slide (pair), full extension 450 mm", "qty": 12, "bins": [], "price": 17.25},
    {"sku": "C-311", "name": "drawer slide (pair), soft close 500 mm", "qty": 0, "bins": ["R9-S9"], "price": 22.0},
]

print("== first record, default width")
pprint.pprint(inventory[0])
print("== whole inventory, width 60")
pprint.pprint(inventory, width=60)

by_category = defaultdict(list)
for item in inventory:
    by_category[item["sku"][0]].append(item["sku"])
print("== index by category")
pprint.pprint(dict(by_category), width=30)
pprint.pprint(by_category, width=30)

bin_use = Counter(b[:2] for item in inventory for b in item["bins"])
print("== bins per rack")
pprint.pprint(bin_use, width=20)

summary = {
    "total_items": sum(i["qty"] for i in inventory),
    "stock_value": round(sum(i["qty"] * i["price"] for i in inventory), 2),
    "out_of_stock": [i["sku"] for i in inventory if i["qty"] == 0],
    "low_stock": {i["sku"]: i["qty"] for i in inventory if 0 < i["qty"] < 50},
    "racks": sorted({b[:2] for i in inventory for b in i["bins"]}),
    "note": "Reorder anything under fifty units before the end of the month; slides ship from the coast.",
}
print("== summary, compact, insertion order")
pprint.pp(summary, compact=True, width=50)
print("== summary, depth 1")
pprint.pprint(summary, depth=1)
text = pprint.pformat(summary, indent=2, width=40)
print("== summary as text: %d lines" % len(text.splitlines()))
print(text)
printer = pprint.PrettyPrinter(width=35, compact=True)
printer.pprint([i["qty"] for i in inventory] * 4)
print(pprint.saferepr(summary["low_stock"]), pprint.isreadable(summary))

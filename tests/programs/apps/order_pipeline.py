# An order-processing pipeline with validation, pricing rules, stock reservation and an audit trail,
# composed from small classes and functions.
from collections import defaultdict

CATALOG = {"apple": (0.40, "fruit"), "bread": (2.25, "bakery"), "milk": (1.10, "dairy"), "cheese": (5.75, "dairy"),
           "cake": (12.00, "bakery")}
STOCK = {"apple": 50, "bread": 5, "milk": 12, "cheese": 1, "cake": 2}


class Rejected(Exception):
    pass


def validate(order):
    if not order["lines"]:
        raise Rejected("empty order")
    for item, qty in order["lines"]:
        if item not in CATALOG:
            raise Rejected(f"unknown item {item}")
        if qty <= 0:
            raise Rejected(f"bad quantity {qty} for {item}")
    return order


def price(order):
    lines = []
    for item, qty in order["lines"]:
        unit, cat = CATALOG[item]
        total = unit * qty
        if item == "apple" and qty >= 10:
            total *= 0.9
        lines.append((item, qty, round(total, 2), cat))
    subtotal = sum(l[2] for l in lines)
    cats = {l[3] for l in lines}
    discount = 0.05 * subtotal if len(cats) >= 3 else 0.0
    order["priced"] = lines
    order["total"] = round(subtotal - discount, 2)
    return order


def reserve(order):
    needed = defaultdict(int)
    for item, qty in order["lines"]:
        needed[item] += qty
    short = [f"{i} ({STOCK[i]}/{q})" for i, q in needed.items() if STOCK[i] < q]
    if short:
        raise Rejected("insufficient stock: " + ", ".join(short))
    for item, qty in needed.items():
        STOCK[item] -= qty
    return order


PIPELINE = [validate, price, reserve]
orders = [
    {"id": 1, "lines": [("apple", 12), ("bread", 1), ("milk", 2)]},
    {"id": 2, "lines": [("cheese", 2)]},
    {"id": 3, "lines": []},
    {"id": 4, "lines": [("cake", 1), ("cheese", 1), ("apple", 3)]},
    {"id": 5, "lines": [("caviar", 1)]},
    {"id": 6, "lines": [("milk", 0)]},
    {"id": 7, "lines": [("bread", 2), ("bread", 3)]},
]
audit = []
revenue = 0.0
for order in orders:
    try:
        for stage in PIPELINE:
            order = stage(order)
        revenue += order["total"]
        audit.append((order["id"], "ok", order["total"]))
    except Rejected as e:
        audit.append((order["id"], "rejected", str(e)))
for row in audit:
    print(*row)
print(f"revenue {revenue:.2f}", STOCK)

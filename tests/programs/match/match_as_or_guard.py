# Combining as-patterns, or-patterns, guards and wildcards on mixed data (inventory records).

records = [
    ("fruit", "apple", 3),
    ("fruit", "banana", 0),
    ("veg", "carrot", 12),
    ("veg", "potato", 40),
    ("dairy", "milk", -1),
    ("tool", "hammer", 1),
    ("fruit", "cherry", 150),
    ("misc",),
]


def check(rec):
    match rec:
        case (("fruit" | "veg") as kind, name, 0):
            return f"{kind} {name}: out of stock"
        case (("fruit" | "veg") as kind, name, qty) if qty > 100:
            return f"{kind} {name}: overstocked ({qty})"
        case ("fruit" | "veg", name, int() as qty):
            return f"{name}: {qty} in stock"
        case (_, name, qty) if qty < 0:
            return f"{name}: invalid quantity {qty}"
        case (category, name, _) as whole:
            return f"uncategorised {category}/{name} {whole}"
        case (only,):
            return f"incomplete record for {only}"


for r in records:
    print(check(r))

# Expected: KeyError from a dict lookup inside nested functions propagates to the top level.

PRICES = {"apple": 0.5, "pear": 0.75, "kiwi": 0.2}


def line_total(item, qty):
    return PRICES[item] * qty


def invoice(order):
    total = 0.0
    for item, qty in order:
        t = line_total(item, qty)
        print(f"{item:6} x{qty:2} = {t:5.2f}")
        total += t
    return total


invoice([("apple", 4), ("kiwi", 10), ("mango", 1), ("pear", 2)])

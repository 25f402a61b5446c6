import bisect
from dataclasses import dataclass, field


@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    qty: int = field(default=0, compare=False)


class Inventory:
    def __init__(self):
        self.items = []
        self.prices = []

    def add(self, item):
        i = bisect.bisect_left(self.prices, item.price)
        self.prices.insert(i, item.price)
        self.items.insert(i, item)
        return i

    def in_range(self, lo, hi):
        a = bisect.bisect_left(self.prices, lo)
        b = bisect.bisect_right(self.prices, hi)
        return self.items[a:b]

    def cheapest_over(self, p):
        i = bisect.bisect_right(self.prices, p)
        return self.items[i] if i < len(self.items) else None


inv = Inventory()
data = [("pen", 1.5, 10), ("book", 12.0, 3), ("lamp", 25.99, 1), ("mug", 7.25, 6),
        ("cable", 3.0, 12), ("desk", 150.0, 1), ("chair", 89.5, 2), ("pad", 1.5, 40)]
for name, price, qty in data:
    pos = inv.add(Item(price, name, qty))
    print(f"added {name:<6} at {pos}")
print([it.name for it in inv.items])
print([it.name for it in inv.in_range(2, 30)])
print(inv.cheapest_over(25.99))
print(inv.cheapest_over(1000))

grades = "FDCBA"
breakpoints = [60, 70, 80, 90]
for score in [33, 99, 77, 70, 89, 90, 100, 59, 60]:
    print(score, grades[bisect.bisect(breakpoints, score)])

xs = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    bisect.insort(xs, v)
print(xs)
bisect.insort_left(xs, 5)
bisect.insort_right(xs, 0)
print(xs, bisect.bisect_left(xs, 5), bisect.bisect_right(xs, 5))
print(bisect.bisect_left(xs, 5, 2, 6), bisect.bisect_right(xs, 5, lo=3))

records = sorted([("carol", 31), ("alice", 25), ("bob", 42), ("dave", 19)], key=lambda r: r[1])
ages = [r[1] for r in records]
print(records[bisect.bisect_left(ages, 30)])
print(bisect.bisect_left(records, 31, key=lambda r: r[1]), bisect.bisect_right(records, 42, key=lambda r: r[1]))
bisect.insort(records, ("erin", 28), key=lambda r: r[1])
print(records)
try:
    bisect.bisect_left(xs, 1, -1)
except ValueError as e:
    print("ValueError", e)
total = sum(it.price * it.qty for it in inv.items)
print(f"total value {total:,.2f}")
print(sorted(inv.items)[:2])

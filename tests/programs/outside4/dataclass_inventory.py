from dataclasses import dataclass, field, asdict, replace
from typing import List, Optional
from collections import defaultdict

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    qty: int = 0
    tags: List[str] = field(default_factory=list, compare=False)

    @property
    def total(self):
        return self.price * self.qty

@dataclass(frozen=True)
class Point:
    x: int
    y: int
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

items = [Item(3.5, "apple", 4, ["fruit"]), Item(1.25, "bread", 2), Item(10.0, "cheese", 1, ["dairy", "aged"]),
         Item(3.5, "pear", 7, ["fruit"])]
for it in sorted(items):
    print(it)
print(max(items).name, min(items).name)
print(asdict(items[0]))
it2 = replace(items[1], qty=9)
print(it2, it2.total, items[1].total)
bytag = defaultdict(list)
for it in items:
    for t in it.tags or ["none"]:
        bytag[t].append(it.name)
print(dict(sorted(bytag.items())))
p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), hash(p) == hash(Point(4, 6)))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(Item.__dataclass_fields__.keys() if hasattr(Item, '__dataclass_fields__') else None)
print(f"{sum(i.total for i in items):.2f}")
print(items[0] == Item(3.5, "zzz", 4), items[0] < items[2])
print(repr(Point(0, -1)))
s = {Point(1, 1), Point(1, 1), Point(2, 2)}
print(len(s))

# Dataclasses: defaults, default_factory, field ordering, frozen, order=True, __post_init__.
from dataclasses import dataclass, field, asdict, replace


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    @classmethod
    def parse(cls, s):
        return cls(*(int(p) for p in s.split(".")))


@dataclass
class Order:
    items: list = field(default_factory=list)
    discount: float = 0.0
    total: float = field(init=False, default=0.0)

    def __post_init__(self):
        if not 0 <= self.discount < 1:
            raise ValueError("discount out of range")
        self.total = round(sum(i.total for i in self.items) * (1 - self.discount), 2)


items = [Item("pen", 1.5, 10), Item("book", 12.99, 2, ["paper"]), Item("bag", 25.0)]
print(items[0])
print(items[1] == Item("book", 12.99, 2, ["paper"]), items[0] == items[2])
o = Order(items, 0.1)
print(o.total, len(o.items))
print(asdict(items[1]))
vs = sorted(Version.parse(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "2"])
print([str(v) for v in vs])
print(vs[0] < vs[1], max(vs), replace(vs[0], patch=99))
try:
    vs[0].major = 5
except AttributeError as e:
    print("frozen:", type(e).__name__)
print(hash(Version(1, 2)) == hash(Version(1, 2, 0)))
try:
    Order([], 1.5)
except ValueError as e:
    print(e)
a, b = Item("x", 1.0), Item("y", 2.0)
a.tags.append("t")
print(a.tags, b.tags)

from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import Optional


@dataclass
class LineItem:
    sku: str
    qty: int
    unit_price: float
    discount: float = 0.0

    @property
    def total(self) -> float:
        return round(self.qty * self.unit_price * (1 - self.discount), 2)


@dataclass
class Customer:
    name: str
    tier: str = "standard"
    tags: list = field(default_factory=list)


@dataclass
class Order:
    id: int
    customer: Customer
    items: list = field(default_factory=list)
    note: Optional[str] = None
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def add(self, sku, qty, price, discount=0.0):
        self.items.append(LineItem(sku, qty, price, discount))
        return self

    @property
    def subtotal(self):
        return round(sum(i.total for i in self.items), 2)

    def shipping(self):
        if self.customer.tier == "gold" or self.subtotal >= 100:
            return 0.0
        return 7.5

    def __post_init__(self):
        if self.id <= 0:
            raise ValueError(f"invalid order id {self.id}")


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def bump(self, part):
        if part == "major":
            return Version(self.major + 1)
        if part == "minor":
            return replace(self, minor=self.minor + 1, patch=0)
        return replace(self, patch=self.patch + 1)

    def __str__(self):
        return f"v{self.major}.{self.minor}.{self.patch}"


alice = Customer("alice", "gold", ["vip"])
bob = Customer("bob")
o1 = Order(1, alice).add("A-1", 2, 19.99).add("B-7", 1, 5.0, 0.1)
o2 = Order(2, bob, note="fragile").add("C-3", 10, 12.345, 0.15)
o3 = Order(3, bob).add("A-1", 1, 19.99)
for o in (o1, o2, o3):
    print(o)
    print(f"  subtotal={o.subtotal:.2f} shipping={o.shipping():.2f} total={o.subtotal + o.shipping():.2f}")
print(asdict(o3))
print(astuple(o1.items[0]), [f.name for f in fields(Order)], fields(LineItem)[3].default)
print(o3 == Order(3, Customer("bob"), [LineItem("A-1", 1, 19.99)]), o3 == o2)
bob.tags.append("new")
print(o2.customer.tags, Customer("x").tags, Customer("y").tags is Customer("z").tags)
try:
    Order(0, bob)
except ValueError as e:
    print("ValueError:", e)
v = Version(1, 4, 2)
print(v, repr(v), v.bump("patch"), v.bump("minor"), v.bump("major"))
vs = sorted([Version(2), Version(1, 10), Version(1, 2, 3), Version(1, 2), Version(0, 9, 9)])
print([str(x) for x in vs], max(vs), Version(1, 2) < Version(1, 2, 1), Version(1) == Version(1, 0, 0))
print(len({Version(1), Version(1, 0), Version(1, 0, 0), Version(2)}))
try:
    v.major = 9
except Exception as e:
    print(type(e).__name__, e)
print(replace(o1.items[1], qty=5).total, LineItem("Z", 3, 0.1).total, LineItem("Z", 3, 0.1) == LineItem("Z", 3, 0.1, 0.0))

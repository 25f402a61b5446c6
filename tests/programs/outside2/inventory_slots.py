class Product:
    __slots__ = ("sku", "name", "_price", "qty")

    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, v):
        if v < 0:
            raise ValueError(f"negative price for {self.sku}: {v}")
        self._price = v

    @property
    def value(self):
        return self.price * self.qty

    def __eq__(self, other):
        if not isinstance(other, Product):
            return NotImplemented
        return self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, p):
        if p.sku in self._items:
            self._items[p.sku].qty += p.qty
        else:
            self._items[p.sku] = p
        return self

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda p: p.sku))

    def __iadd__(self, p):
        return self.add(p)

    def total(self):
        return sum(p.value for p in self)

    def low_stock(self, threshold=5):
        return [p.name for p in self if p.qty < threshold]


inv = Inventory()
inv.add(Product("B2", "bolt", 0.25, 100)).add(Product("N1", "nut", 0.1, 3))
inv += Product("W9", "washer", 0.05, 4)
inv += Product("B2", "bolt", 0.25, 20)
print(len(inv), "N1" in inv, "X" in inv, inv["B2"], inv.total(), inv.low_stock())
try:
    inv["X"]
except KeyError as e:
    print("KeyError:", e)
p = Product("Z", "zip", 1.0)
try:
    p.color = "red"
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.price = -1
except ValueError as e:
    print("ValueError:", e)
print(hasattr(p, "__dict__"), Product.__slots__, p == Product("Z", "other", 2), p == "Z", {p, Product("Z", "x", 3)})
for prod in inv:
    print(f"{prod.sku:<4}{prod.name:<8}{prod.qty:>5}{prod.value:>8.2f}")


class Perishable(Product):
    __slots__ = ("days",)

    def __init__(self, *args, days=7, **kw):
        super().__init__(*args, **kw)
        self.days = days

    def __repr__(self):
        return super().__repr__()[:-1] + f", days={self.days})"


milk = Perishable("M1", "milk", 1.2, qty=10, days=3)
print(milk, milk.value, isinstance(milk, Product), getattr(milk, "days"), getattr(milk, "nope", "dflt"))
setattr(milk, "qty", 2)
print(milk.qty, vars(inv)["_items"].keys() if hasattr(inv, "__dict__") else None)

# An inventory model annotated through the typing module itself (`import typing`, `import typing as t`)
# rather than names imported from it; the annotations are never needed at run time.
import typing
import typing as t
from dataclasses import dataclass, field


@dataclass
class Item:
    sku: str
    qty: int
    price: float
    tags: t.List[str] = field(default_factory=list)
    currency: t.ClassVar[str] = "EUR"
    registry: typing.ClassVar[typing.Dict[str, int]] = {}

    def value(self) -> float:
        return self.qty * self.price


class Warehouse:
    def __init__(self, name: str, items: typing.Optional[typing.Iterable[Item]] = None) -> None:
        self.name = name
        self.items: typing.Dict[str, Item] = {}
        for it in items or []:
            self.add(it)

    def add(self, item: Item) -> None:
        self.items[item.sku] = item
        Item.registry[item.sku] = Item.registry.get(item.sku, 0) + 1

    def low_stock(self, threshold: int = 5) -> t.List[Item]:
        return sorted((i for i in self.items.values() if i.qty < threshold), key=lambda i: i.qty)

    def by_tag(self) -> t.Dict[str, t.List[str]]:
        out: t.Dict[str, t.List[str]] = {}
        for it in self.items.values():
            for tag in it.tags:
                out.setdefault(tag, []).append(it.sku)
        return out

    def totals(self) -> t.Iterator[t.Tuple[str, float]]:
        for sku, it in sorted(self.items.items()):
            yield sku, round(it.value(), 2)


def merge(a: Warehouse, b: "Warehouse") -> Warehouse:
    merged = Warehouse(a.name + "+" + b.name, a.items.values())
    for it in b.items.values():
        if it.sku in merged.items:
            old = merged.items[it.sku]
            merged.items[it.sku] = Item(it.sku, old.qty + it.qty, max(old.price, it.price), sorted(set(old.tags) | set(it.tags)))
        else:
            merged.add(it)
    return merged


north = Warehouse("north", [Item("A1", 3, 2.5, ["fruit"]), Item("B2", 12, 0.99, ["veg", "green"]), Item("C3", 1, 14.0)])
south = Warehouse("south", [Item("A1", 4, 2.75, ["fresh"]), Item("D4", 2, 5.5, ["veg"])])
both = merge(north, south)
print(both.name, len(both.items), Item.currency)
print([i.sku for i in both.low_stock()], [i.sku for i in both.low_stock(10)])
print(both.by_tag())
print(list(both.totals()))
print(both.items["A1"])
print(sorted(Item.registry.items()))
stock: typing.Dict[str, int] = {sku: it.qty for sku, it in both.items.items()}
print(stock, sum(stock.values()))

# Fully annotated inventory system: dataclasses, Optional, dict/list generics, enums.
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Optional


class Category(Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"


@dataclass
class Product:
    sku: str
    name: str
    category: Category
    price_cents: int
    stock: int = 0

    def value(self) -> int:
        return self.price_cents * self.stock


@dataclass
class Inventory:
    products: dict[str, Product] = field(default_factory=dict)

    def add(self, p: Product) -> None:
        self.products[p.sku] = p

    def find(self, sku: str) -> Optional[Product]:
        return self.products.get(sku)

    def restock(self, sku: str, qty: int) -> int:
        p = self.find(sku)
        if p is None:
            raise KeyError(sku)
        p.stock += qty
        return p.stock

    def by_category(self) -> dict[Category, list[Product]]:
        out: dict[Category, list[Product]] = {}
        for p in self.products.values():
            out.setdefault(p.category, []).append(p)
        return out

    def total_value(self) -> int:
        return sum(p.value() for p in self.products.values())


def cents(v: int) -> str:
    return f"${v // 100}.{v % 100:02d}"


inv = Inventory()
for sku, name, cat, price, stock in [("T1", "hammer", Category.TOOLS, 1599, 4), ("F1", "apple", Category.FOOD, 45, 120),
                                     ("Y1", "yo-yo", Category.TOYS, 350, 0), ("T2", "saw", Category.TOOLS, 2450, 2)]:
    inv.add(Product(sku, name, cat, price, stock))
print(inv.restock("Y1", 10), inv.restock("T2", 1))
try:
    inv.restock("ZZ", 1)
except KeyError as e:
    print("unknown sku", e)
for cat, items in inv.by_category().items():
    print(cat.value, [p.name for p in items], cents(sum(p.value() for p in items)))
print("total", cents(inv.total_value()))
missing: Optional[Product] = inv.find("nope")
print(missing is None, inv.find("F1"))

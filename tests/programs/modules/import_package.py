# Imports a helper package with subpackages and relative imports (modules/_shop/).
import _shop
from _shop import Catalog, VERSION
from _shop.pricing import tax
from _shop.pricing.discounts import apply_discount

cat = Catalog().add("pen", 2.5).add("book", 12.0).add("bag", 30.0)
print(VERSION, cat.total(["pen", "book"]), tax.RATE)
rate = apply_discount(cat, 10)
print(rate, cat.items, cat.total(["pen", "book", "bag"]))
tax.RATE = 0.2
print(cat.total(["bag"]), _shop.apply_discount is apply_discount)
print(sorted(_shop.__all__), _shop.Catalog.__module__)

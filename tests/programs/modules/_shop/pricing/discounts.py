from . import tax
from ..catalog import Catalog


def apply_discount(catalog: Catalog, percent):
    for name in catalog.items:
        catalog.items[name] = round(catalog.items[name] * (1 - percent / 100), 2)
    return tax.RATE

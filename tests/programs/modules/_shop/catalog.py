from .pricing import tax


class Catalog:
    def __init__(self):
        self.items = {}

    def add(self, name, price):
        self.items[name] = price
        return self

    def total(self, names):
        subtotal = sum(self.items[n] for n in names)
        return round(subtotal + tax.compute(subtotal), 2)

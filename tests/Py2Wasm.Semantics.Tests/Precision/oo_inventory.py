# An inventory system: items, categories, orders with line totals, discounts and a stock report.


class Item:
    def __init__(self, sku, name, price, stock):
        self.sku = sku
        self.name = name
        self.price = price
        self.stock = stock


class Order:
    def __init__(self, number):
        self.number = number
        self.lines = []
        self.discount = 0.0

    def add(self, item, quantity):
        self.lines.append((item, quantity))

    def subtotal(self):
        total = 0.0
        for item, quantity in self.lines:
            total += item.price * quantity
        return total

    def total(self):
        return self.subtotal() * (1.0 - self.discount)


class Inventory:
    def __init__(self):
        self.items = {}
        self.orders = []
        self.rejected = 0

    def add_item(self, item):
        self.items[item.sku] = item

    def place(self, order):
        for item, quantity in order.lines:
            if item.stock < quantity:
                self.rejected += 1
                return False
        for item, quantity in order.lines:
            item.stock -= quantity
        self.orders.append(order)
        return True

    def low_stock(self, threshold):
        names = []
        for item in self.items.values():
            if item.stock < threshold:
                names.append(item.name)
        return sorted(names)

    def revenue(self):
        return sum([o.total() for o in self.orders])


inv = Inventory()
inv.add_item(Item("A1", "widget", 2.5, 100))
inv.add_item(Item("B2", "gadget", 12.0, 10))
inv.add_item(Item("C3", "doohickey", 0.75, 500))
for n in range(12):
    order = Order(n)
    order.add(inv.items["A1"], 3 + n)
    order.add(inv.items["B2"], 1)
    if n % 3 == 0:
        order.discount = 0.1
    inv.place(order)
print("%.2f" % inv.revenue(), inv.rejected, inv.low_stock(20))

# Descriptors: __get__/__set__/__set_name__ for typed, validated attributes.


class Typed:
    def __init__(self, kind, minimum=None):
        self.kind, self.minimum = kind, minimum

    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}")
        setattr(obj, self.name, value)


class Product:
    name = Typed(str)
    price = Typed(float, 0.0)
    stock = Typed(int, 0)

    def __init__(self, name, price, stock):
        self.name, self.price, self.stock = name, price, stock

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.stock})"


p = Product("lamp", 19.5, 3)
print(p, p.stock)
p.stock += 2
print(p.stock, type(Product.price).__name__, Product.price.public)
for attr, value in [("price", 10), ("stock", -1), ("name", "desk"), ("price", -2.0)]:
    try:
        setattr(p, attr, value)
        print("set", attr, "->", getattr(p, attr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p)

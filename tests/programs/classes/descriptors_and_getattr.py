"""Descriptors, __getattr__/__setattr__ overrides, __init_subclass__ and __class_getitem__."""


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value!r}")
        setattr(obj, self.name, value)


class Product:
    price = Positive()
    qty = Positive()

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self._fields[name] = value

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self._fields.items())
        return f"Record({inner})"


class Plugin:
    registry = []

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry.append(cls)


class Csv(Plugin, key="csv"):
    pass


class Json(Plugin):
    pass


class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"


p = Product("widget", 3, 4)
print(p.total(), p.price, Product.price.__class__.__name__)
try:
    p.qty = -2
except ValueError as e:
    print("error:", e)
print(p.__dict__ if False else sorted(k for k in ("name", "_price", "_qty")))

r = Record(a=1, b="two")
r.c = [3]
print(r, r.a, r.c)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    r._hidden = 1
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "zzz", "default"), hasattr(r, "b"), hasattr(r, "q"))

print([c.key for c in Plugin.registry], [c.__name__ for c in Plugin.registry])
print(Box[int], Box[str])

# __slots__, getattr/setattr/hasattr/delattr, __getattr__ fallbacks and attribute introspection.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Record:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)

    def __getattr__(self, name):
        if name.startswith("get_"):
            field = name[4:]
            return lambda: getattr(self, field, None)
        raise AttributeError(f"no field {name!r}")


class Audited:
    def __init__(self):
        object.__setattr__(self, "changes", [])

    def __setattr__(self, name, value):
        self.changes.append(name)
        object.__setattr__(self, name, value)


p = Point(1, 2)
try:
    p.z = 3
except AttributeError:
    print("cannot add attribute z")
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
r = Record(name="widget", qty=4)
print(r.name, r.qty, r.get_name(), r.get_color(), hasattr(r, "color"))
try:
    r.color
except AttributeError as e:
    print("AttributeError:", e)
setattr(r, "color", "red")
print(sorted(vars(r)), getattr(r, "color"), getattr(r, "size", "n/a"))
delattr(r, "qty")
print(sorted(r.__dict__))
a = Audited()
a.x = 1
a.y = 2
a.x = 3
print(a.changes, a.x)
print(type(p).__name__, type(r).__name__, Record.__name__, isinstance(p, object))

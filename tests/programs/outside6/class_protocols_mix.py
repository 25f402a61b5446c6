class Lazy:
    def __init__(self):
        self.loaded = {}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        value = name.upper()
        self.loaded[name] = value
        return value


class Tracked:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)


class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


class Record:
    a = Field()
    b = Field()


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


class Rev:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return iter(self.data[::-1] + ["(rev)"])


class Idx:
    def __index__(self):
        return 2


class Plugin:
    registry = []

    def __init_subclass__(cls, kind="generic", **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, kind))


class CsvPlugin(Plugin, kind="csv"):
    pass


class JsonPlugin(Plugin):
    pass


class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"


class Empty:
    def __len__(self):
        return 0


class Truthy:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


lz = Lazy()
print(lz.hello, lz.world, sorted(lz.loaded), hasattr(lz, "_private"))
t = Tracked(1, 2)
try:
    t.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(t.x + t.y, hasattr(t, "__dict__"))
v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print("ValueError:", e, v.age)
r = Record()
print(r.a, Record.a.name, Record.b.owner)
r.a = 21
print(r.a, r._a, vars(r))
s = Seq(5)
print(list(s), 9 in s, 10 in s, list(reversed(s)), [x for x in s if x % 2])
print(list(reversed(Rev([1, 2, 3]))), list(Rev([1, 2])))
lst = ["a", "b", "c", "d"]
print(lst[Idx()], "xyz"[Idx()], range(10)[Idx()], bin(Idx()), [0] * Idx())
print(Plugin.registry, Box[int], Box[str])
print(bool(Empty()), bool(Truthy()), "yes" if Empty() else "no", not Truthy())
print(type(lz).__name__, type(t).__mro__[0].__name__, isinstance(r, object), issubclass(CsvPlugin, Plugin))

# A class's __dict__ (and vars(cls)) is a read-only mappingproxy in CPython's key order:
# __module__, annotations and docstring, the body's names, the __dict__/__weakref__ descriptors,
# __doc__ (None without a docstring), the implied __hash__, then what was set on the class later.
from dataclasses import dataclass, field


class Shape:
    """A shape."""
    sides = 0
    label: str = "shape"

    def area(self):
        return 0

    @staticmethod
    def unit():
        return 1

    @classmethod
    def make(cls):
        return cls()


class Square(Shape):
    sides = 4

    def __eq__(self, other):
        return True


class Empty:
    pass


class Tagged(list):
    kind = "tagged"


class Counter(dict):
    pass


@dataclass(order=True)
class Point:
    """A point."""
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Frozen:
    """Frozen."""
    a: int = 1


def show(cls):
    ns = cls.__dict__
    print(cls.__name__, type(ns).__name__, len(ns), list(ns))


for cls in [Shape, Square, Empty, Tagged, Counter, Point, Frozen]:
    show(cls)

ns = Shape.__dict__
print("sides" in ns, "area" in ns, "nothing" in ns, 3 in ns)
print(ns["sides"], ns["label"], ns["__doc__"], ns["__module__"], ns["__annotations__"])
print(type(ns["unit"]).__name__, type(ns["make"]).__name__, ns["area"].__name__, ns["area"](None))
print(ns["unit"].__func__(), Shape.unit())
print(ns.get("sides"), ns.get("missing"), ns.get("missing", "default"))
print(sorted(ns.keys()) == sorted(ns), [k for k in ns if not k.startswith("__")])
print(repr(ns["__dict__"]), repr(ns["__weakref__"]))
print(Empty.__dict__["__doc__"], Square.__dict__["__hash__"], Square.__hash__)
print(list(vars(Square)), vars(Empty) == Empty.__dict__, type(vars(Empty)).__name__)
print(dict(Empty.__dict__) == dict(vars(Empty)), isinstance(Empty.__dict__, dict))

try:
    ns["missing"]
except KeyError as e:
    print("KeyError", e)

try:
    ns["sides"] = 5
except TypeError as e:
    print("TypeError", e)

# The view is live: later assignments show, after the names the class statement made.
Empty.added = 1
Empty.more = 2
print(list(Empty.__dict__), Empty.__dict__["added"])
del Empty.added
print(list(Empty.__dict__))
Empty.__doc__ = "set later"
print(list(Empty.__dict__)[-2:], Empty.__dict__["__doc__"])

# Body order, including names rebound in the body.
class Ordered:
    b = 1
    a = 2
    b = 3

    def z(self):
        pass

    y = z


print(list(Ordered.__dict__), Ordered.__dict__["b"])
print([k for k, v in Ordered.__dict__.items() if callable(v)])
print(len(list(Ordered.__dict__.values())))

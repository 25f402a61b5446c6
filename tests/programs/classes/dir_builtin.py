# dir(obj): classes, instances (own attributes, inherited ones, slots, a custom __dir__), built-in values and
# classes derived from built-in types.
from dataclasses import dataclass


class Base:
    """A documented base."""
    kind = "base"

    def greet(self):
        return "hi"

    @property
    def size(self):
        return 1


class Child(Base):
    extra = 2

    def __init__(self):
        self.name = "c"
        self._hidden = 1

    def __eq__(self, other):
        return True


class Slotted:
    __slots__ = ("a", "b")


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


class MyList(list):
    def total(self):
        return sum(self)


@dataclass
class Point:
    x: int
    y: int = 0


def public(names):
    return [n for n in names if not n.startswith("_")]


c = Child()
print(dir(Base))
print(dir(Child))
print(dir(c))
print(public(dir(c)), "name" in dir(c), "name" in dir(Child))
s = Slotted()
s.a = 1
print(dir(Slotted) == dir(s), public(dir(s)))
print(dir(Custom()))
print(public(dir(MyList([1, 2]))), len(dir(MyList)))
print(dir(Point(1)))
print(dir(Point))
for value in [1, True, 1.5, 2j, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(), range(3), None, 10**30]:
    names = dir(value)
    print(type(value).__name__, len(names), public(names))
print(dir(int) == dir(5), dir(object))
print(sorted(set(dir(c)) - set(dir(object))))

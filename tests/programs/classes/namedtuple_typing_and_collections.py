# typing.NamedTuple classes (fields, defaults, methods, __str__ override) and collections.namedtuple (defaults, rename,
# subclassing): tuple behaviour, _replace/_asdict/_make/_fields, immutability errors, sorting, hashing, copies, match.
from typing import NamedTuple
from collections import namedtuple
import copy


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __str__(self):
        return f"({self.x}, {self.y})"


class Card(NamedTuple):
    rank: int
    suit: str


p = Point(3.0, 4.0)
q = Point(1.5)
print(p, repr(q), p.norm2(), p[0], p[-1], len(p), list(p), tuple(q))
x, y = p
print(x, y, p == (3.0, 4.0), p._asdict(), p._replace(y=0.5), Point._fields, Point._field_defaults)
print(isinstance(p, tuple), isinstance(p, Point), hash(p) == hash((3.0, 4.0)), p + (1,), p[:1], p.count(3.0), p.index(4.0))
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
cards = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(14, "d")]
print(sorted(cards), max(cards), min(cards, key=lambda c: c.suit))
print({Card(2, "s"): "two"}[Card(2, "s")], Card._make([5, "x"]), Card(rank=3, suit="q"))
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
e = Emp("ann", "eng")
print(e, Emp._fields, Emp._field_defaults, e.salary, e._replace(salary=5))
P3 = namedtuple("P3", ["a", "b", "c"])
t = P3(1, 2, c=3)
print(t, t._asdict(), sum(t), P3(*range(3)), copy.deepcopy(t), copy.copy(t) == t)
match p:
    case Point(x=0.0):
        print("on y axis")
    case Point(x, y):
        print("point", x, y)
R = namedtuple("R", "a, def, a", rename=True)
print(R._fields)
class Pair(namedtuple("Pair", "left right")):
    def total(self):
        return self.left + self.right
pr = Pair(2, 5)
print(pr, pr.total(), pr._replace(left=7))
print(f"{p.x:.1f}|{q!r}|{str(q)}", [c.rank for c in cards if c.suit in "hd"])

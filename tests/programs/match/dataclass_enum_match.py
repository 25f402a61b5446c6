"""dataclasses, enums and structural pattern matching together."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, IntEnum, auto, Flag
from typing import Optional


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()}#{self.value}"


class Priority(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


class Perm(Flag):
    R = 4
    W = 2
    X = 1


@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)


@dataclass(frozen=True)
class Vec:
    x: float
    y: float = 0.0

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


@dataclass
class Node:
    value: int
    left: Optional["Node"] = None
    right: Optional["Node"] = None


def insert(node, v):
    if node is None:
        return Node(v)
    if v < node.value:
        node.left = insert(node.left, v)
    else:
        node.right = insert(node.right, v)
    return node


def walk(node):
    match node:
        case None:
            return []
        case Node(value=v, left=None, right=None):
            return [v]
        case Node(v, l, r):
            return walk(l) + [v] + walk(r)


def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return f"move {d}"
        case ["go", d]:
            return f"cannot go {d}"
        case ["take", *items] if items:
            return "take " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return "unknown: " + cmd


def shape(v):
    match v:
        case {"type": "circle", "r": r} if r > 0:
            return f"circle {r}"
        case {"type": t, **rest}:
            return f"{t} with {sorted(rest)}"
        case [x, y] | (x, y, _):
            return f"point {x},{y}"
        case int() | float() as n if n < 0:
            return "negative"
        case str(s):
            return "string " + s
        case Color.RED:
            return "red!"
        case _:
            return "other"


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], [c.describe() for c in Color], Color.RED in Color, len(Color))
print(Priority.HIGH > Priority.LOW, Priority.MID + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(2).name, int(Priority.HIGH))
print(Perm.R | Perm.W, (Perm.R | Perm.W) & Perm.W, Perm.X in (Perm.R | Perm.X), Perm(6), bool(Perm(0)))
items = [Item(3, "c", ["x"]), Item(1, "a"), Item(2, "b")]
print(sorted(items), Item(1, "q") == Item(1, "z"), asdict(items[0]), astuple(items[1]))
v = Vec(3, 4)
print(v, v + Vec(1), v.norm, replace(v, y=0), hash(v) == hash(Vec(3, 4)), [f.name for f in fields(Vec)])
try:
    v.x = 5
except Exception as e:
    print(type(e).__name__, e)
root = None
for n in [5, 3, 8, 1, 4, 9]:
    root = insert(root, n)
print(walk(root), root.left)
for c in ["go north", "go west", "take apple pear", "take", "exit", "", "dance now"]:
    print(repr(c), "->", classify(c))
for s in [{"type": "circle", "r": 2}, {"type": "circle", "r": 0}, {"type": "sq", "side": 1, "c": 2}, [1, 2], (1, 2, 3), -5, 2.5, "hi", Color.RED, None]:
    print(shape(s))

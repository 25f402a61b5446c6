from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int
@dataclass
class Line:
    a: Pt
    b: Pt
@dataclass
class Circle:
    c: Pt
    r: int
def describe(obj):
    match obj:
        case Pt(x=0, y=0):
            return "origin"
        case Pt(0, y):
            return f"on y-axis at {y}"
        case Pt(x, 0):
            return f"on x-axis at {x}"
        case Pt(x, y) if x == y:
            return f"diagonal {x}"
        case Pt():
            return f"point {obj.x},{obj.y}"
        case Line(Pt(x1, y1), Pt(x2, y2)) if x1 == x2:
            return f"vertical line x={x1}"
        case Line(a, b):
            return f"line {a.x},{a.y}->{b.x},{b.y}"
        case Circle(c=Pt(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(_, r):
            return f"circle r={r}"
        case [Pt() as p, *rest]:
            return f"list starting with {describe(p)} plus {len(rest)}"
        case {"type": "pt", "x": int(x), "y": int(y), **extra}:
            return f"dict point {x},{y} extra={extra}"
        case {"type": t}:
            return f"unknown dict type {t}"
        case int() | float() as n if n < 0:
            return f"negative {n}"
        case int(n):
            return f"int {n}"
        case str() as s if len(s) > 3:
            return f"long str {s[:3]}..."
        case str(s):
            return f"str {s}"
        case (a, b):
            return f"pair {a} {b}"
        case (a, b, *_):
            return f"tuple of {len(obj)}"
        case None:
            return "none"
        case _:
            return f"other {type(obj).__name__}"
tests = [Pt(0, 0), Pt(0, 5), Pt(3, 0), Pt(2, 2), Pt(1, 7), Line(Pt(1, 1), Pt(1, 9)), Line(Pt(0, 1), Pt(2, 3)),
         Circle(Pt(1, 1), 20), Circle(Pt(0, 0), 2), [Pt(0, 0), 1, 2], {"type": "pt", "x": 1, "y": 2, "z": 3},
         {"type": "pt", "x": "1", "y": 2}, {"type": "sq"}, -3, -2.5, 42, "hello", "hi", (1, 2), (1, 2, 3, 4), None, 3.5, [1]]
for t in tests:
    print(describe(t))
def cmd(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb}"
for l in ["go north", "go up", "take lamp key", "take", "quit", "", "dance wildly"]:
    print(repr(l), "->", cmd(l))
from enum import Enum
class Op(Enum):
    ADD = "+"
    SUB = "-"
def calc(op, a, b):
    match op:
        case Op.ADD:
            return a + b
        case Op.SUB:
            return a - b
print(calc(Op.ADD, 2, 3), calc(Op.SUB, 2, 3))
LIMIT = 5
class K:
    LIMIT = 5
def check(v):
    match v:
        case K.LIMIT:
            return "at limit"
        case x if x > K.LIMIT:
            return "over"
        case _:
            return "under"
print(check(5), check(6), check(1))
match {"a": 1, "b": [1, 2, {"c": "deep"}]}:
    case {"b": [_, _, {"c": str(deep)}]}:
        print("found", deep)
match (1, [2, 3]):
    case (1, [2, *rest]):
        print("rest", rest)

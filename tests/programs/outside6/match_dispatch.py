from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    r: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


class Vec:
    __match_args__ = ("dx", "dy")

    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy


def describe(obj):
    match obj:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case "" :
            return "empty string"
        case str(s) if s.isdigit():
            return f"digit string {s}"
        case str():
            return f"string {obj!r}"
        case Color.RED:
            return "red!"
        case Color():
            return f"other color {obj.name}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} at {c}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Vec(0, 0):
            return "zero vec"
        case Vec(dx, dy):
            return f"vec {dx} {dy}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [1, 2, *rest]:
            return f"starts 1,2 then {rest}"
        case [first, *_, last] if first == last:
            return f"bookends {first}"
        case (a, b):
            return f"pair {a} {b}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case _:
            return f"unknown {type(obj).__name__}"


samples = [None, True, -5, 7, 2.5, "", "123", "abc", Color.RED, Color.GREEN, Point(0, 0), Point(0, 3), Point(4, 0),
           Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1), Rect(Point(0, 0), 3, 3), Rect(Point(0, 0), 2, 3),
           Vec(0, 0), Vec(1, -1), [], [9], [1, 2, 3, 4], [5, 6, 5], (7, 8), [7, 8, 9], {"type": "user", "name": "ann", "age": 3},
           {"type": "bot"}, {"other": 1}, {1, 2}, (1, 2, 3, 1)]
for s in samples:
    print(describe(s))


def run(commands):
    stack = []
    for cmd in commands:
        match cmd.split():
            case ["push", value]:
                stack.append(int(value))
            case ["pop"]:
                stack.pop()
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["dup", *times]:
                n = int(times[0]) if times else 1
                stack.extend([stack[-1]] * n)
            case [unknown, *args]:
                print("unknown command", unknown, args)
    return stack


print(run(["push 3", "push 4", "add", "dup 2", "mul", "jump 1 2", "push 10", "pop"]))

# Matching on pairs of shapes (tuple of two class instances) to dispatch intersection tests.
from dataclasses import dataclass
import math


@dataclass(frozen=True)
class Circle:
    x: float
    y: float
    r: float


@dataclass(frozen=True)
class Rect:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Point:
    x: float
    y: float


def intersects(a, b):
    match a, b:
        case Point(x, y), Point(x2, y2):
            return (x, y) == (x2, y2)
        case (Circle(cx, cy, r), Point(px, py)) | (Point(px, py), Circle(cx, cy, r)):
            return math.hypot(px - cx, py - cy) <= r
        case (Rect(x0, y0, x1, y1), Point(px, py)) | (Point(px, py), Rect(x0, y0, x1, y1)):
            return x0 <= px <= x1 and y0 <= py <= y1
        case Circle(x1, y1, r1), Circle(x2, y2, r2):
            return math.hypot(x2 - x1, y2 - y1) <= r1 + r2
        case Rect() as r1, Rect() as r2:
            return not (r1.x1 < r2.x0 or r2.x1 < r1.x0 or r1.y1 < r2.y0 or r2.y1 < r1.y0)
        case (Circle(cx, cy, r), Rect(x0, y0, x1, y1)) | (Rect(x0, y0, x1, y1), Circle(cx, cy, r)):
            nx, ny = min(max(cx, x0), x1), min(max(cy, y0), y1)
            return math.hypot(nx - cx, ny - cy) <= r
        case _:
            raise TypeError(f"unsupported pair {type(a).__name__}/{type(b).__name__}")


shapes = [Point(1, 1), Circle(0, 0, 2), Rect(1, 1, 4, 3), Circle(5, 5, 1), Rect(-3, -3, -2, -2), Point(4.5, 5)]
names = ["P1", "C1", "R1", "C2", "R2", "P2"]
for i in range(len(shapes)):
    row = []
    for j in range(len(shapes)):
        row.append("X" if intersects(shapes[i], shapes[j]) else ".")
    print(names[i].ljust(3), "".join(row))
try:
    intersects(Point(0, 0), "square")
except TypeError as e:
    print("TypeError:", e)

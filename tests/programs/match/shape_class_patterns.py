# Class patterns with positional (__match_args__) and keyword sub-patterns, dataclasses, nesting.
from dataclasses import dataclass
import math


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


class Polygon:
    __match_args__ = ("points",)

    def __init__(self, *points):
        self.points = list(points)


def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}, area={math.pi * r * r:.2f}"
        case Circle(center=Point(x=x, y=y), r=r) if r <= 0:
            return f"degenerate circle at ({x}, {y})"
        case Circle(c, r):
            return f"circle at ({c.x}, {c.y}) r={r}"
        case Rect(_, w, h) if w == h:
            return f"square side {w}"
        case Rect(Point(x, y), w, h):
            return f"rect {w}x{h} at ({x}, {y})"
        case Polygon([a, b, c]):
            return f"triangle {a}-{b}-{c}"
        case Polygon([_, _, _, _, *more]):
            return f"polygon with {4 + len(more)} points"
        case Polygon(pts):
            return f"degenerate polygon with {len(pts)} points"
        case Point():
            return "just a point"
        case _:
            return "not a shape"


shapes = [Circle(Point(0, 0), 2), Circle(Point(1, 2), 0), Circle(Point(1, 2), 3), Rect(Point(0, 0), 4, 4),
          Rect(Point(1, 1), 2, 5), Polygon((0, 0), (1, 0), (0, 1)), Polygon(*range(6)), Polygon(1),
          Point(3, 3), "circle"]
for s in shapes:
    print(describe(s))

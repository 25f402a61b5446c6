# Helper module (not a program): geometry primitives used by modules/*.py programs.
import math

ORIGIN = (0.0, 0.0)
_created = []


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        _created.append(self)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def dist(self, other=None):
        ox, oy = (other.x, other.y) if other else ORIGIN
        return math.hypot(self.x - ox, self.y - oy)


def created_count():
    return len(_created)


def polygon_area(points):
    n = len(points)
    s = 0.0
    for i in range(n):
        a, b = points[i], points[(i + 1) % n]
        s += a.x * b.y - b.x * a.y
    return abs(s) / 2

# Annotated 2D geometry: Vec2 with operator methods returning Vec2, segment intersection, polygon
# point-in-polygon test with float math.
from __future__ import annotations
from typing import NamedTuple


class Vec2(NamedTuple):
    x: float
    y: float

    def __add__(self, o: Vec2) -> Vec2:  # type: ignore[override]
        return Vec2(self.x + o.x, self.y + o.y)

    def __sub__(self, o: Vec2) -> Vec2:
        return Vec2(self.x - o.x, self.y - o.y)

    def scale(self, k: float) -> Vec2:
        return Vec2(self.x * k, self.y * k)

    def cross(self, o: Vec2) -> float:
        return self.x * o.y - self.y * o.x


def intersect(p1: Vec2, p2: Vec2, q1: Vec2, q2: Vec2) -> Vec2 | None:
    r = p2 - p1
    s = q2 - q1
    denom = r.cross(s)
    if abs(denom) < 1e-12:
        return None
    t = (q1 - p1).cross(s) / denom
    u = (q1 - p1).cross(r) / denom
    if 0.0 <= t <= 1.0 and 0.0 <= u <= 1.0:
        return p1 + r.scale(t)
    return None


def inside(poly: list[Vec2], p: Vec2) -> bool:
    result = False
    n = len(poly)
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        if (a.y > p.y) != (b.y > p.y):
            x_cross = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y)
            if p.x < x_cross:
                result = not result
    return result


print(intersect(Vec2(0, 0), Vec2(4, 4), Vec2(0, 4), Vec2(4, 0)))
print(intersect(Vec2(0, 0), Vec2(1, 1), Vec2(2, 2), Vec2(3, 5)), intersect(Vec2(0, 0), Vec2(2, 0), Vec2(0, 1), Vec2(2, 1)))
star: list[Vec2] = [Vec2(0, 3), Vec2(1, 1), Vec2(3, 1), Vec2(1.5, -0.5), Vec2(2, -3), Vec2(0, -1.5), Vec2(-2, -3),
                    Vec2(-1.5, -0.5), Vec2(-3, 1), Vec2(-1, 1)]
for y in range(3, -4, -1):
    print("".join("*" if inside(star, Vec2(x / 2, y)) else "." for x in range(-7, 8)))

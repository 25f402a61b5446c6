# Float object benchmark: create many Point objects, normalise them, reduce to a maximum point.
import math

POINTS = 100000
LOOPS = 10


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


for loop in range(LOOPS):
    p = run(POINTS + loop)
    if loop % 3 == 0:
        print(f"{p.x:.12f} {p.y:.12f} {p.z:.12f}")

from math import sin, cos, sqrt, pi, isclose, floor, ceil, fsum, inf, nan, isnan, isinf


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


print(benchmark(10000))
vals = [0.1, 0.2, 0.3, 1e-10, 1e22, -0.0, 2.5, 3.5, -2.5, 1 / 3]
for v in vals:
    print(repr(v), str(v), f"{v:.3f}", f"{v:e}", f"{v:g}", round(v), round(v, 2))
print(0.1 + 0.2, sum([0.1] * 10), fsum([0.1] * 10), isclose(0.1 + 0.2, 0.3))
print(floor(-2.5), ceil(-2.5), int(-2.7), -7 // 2, -7 % 2, -7.5 // 2, -7.5 % 2, 7 % -3)
print(float("inf"), -inf, isnan(nan), isinf(-inf), nan == nan, inf > 1e308)
print(1e16, 1e15, 123456789012345678.0, 1.5e-7, 0.0001, 0.00001)
print(divmod(7.5, 2), divmod(-7.5, 2), 2 ** 0.5, 2 ** -1, (-8) ** (1 / 3) if False else 0)
print(float.fromhex("0x1.8p1"), (3.75).hex(), (0.5).as_integer_ratio(), (2.0).is_integer())
print(f"{pi:10.4f}|{pi:<10.2f}|{pi:^+12.3f}|{pi:010.3f}|{1234567.891:,.2f}|{0.25:%}|{0.256:.1%}")
print("%.3f %5.1f %-8.2e %g %G" % (pi, 2.25, 12345.678, 1e-5, 1e20))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2))
print(max(1.5, 2), min([3, 1.0, 2]), abs(-3.5), float(" 12.5 "), float("-1e3"))
print(7 / 2, 8 / 2, 1e300 * 1e10, -1e300 * 1e10)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
import math
print(math.log(100, 10), math.log2(1024), math.exp(1), math.hypot(3, 4), math.atan2(1, 1))
print(math.trunc(-3.7), math.copysign(2, -0.0), math.fmod(-7, 3), math.degrees(pi), math.prod([1.5, 2, 4]))

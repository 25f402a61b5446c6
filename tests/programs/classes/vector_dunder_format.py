import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x:g}, {self.y:g})"

    def __format__(self, spec):
        if spec.endswith("p"):
            r, th = abs(self), math.degrees(math.atan2(self.y, self.x))
            inner = spec[:-1] or ".2f"
            return f"<{format(r, inner)}, {format(th, inner)}°>"
        return f"({format(self.x, spec)}, {format(self.y, spec)})"

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))


a, b = Vec(3, 4), Vec(-1.5, 2)
print(a, b, repr(a + b), a - b, a * 2, 3 * b, a * b, a / 4, -a, abs(a), abs(b))
print(f"{a:.1f} {b:+.3e} {a:p} {b:.4p} {Vec(1, 1):>8.2f}|{Vec(0, -2):p}")
print(bool(Vec()), bool(a), a == Vec(3.0, 4.0), a != b, len({a, Vec(3, 4), b}), list(a), a[1], a[-1])
x, y = b
print(x, y, tuple(a), max(a), sum(b), round(Vec(1.23456, 9.87654), 2), round(Vec(2.5, 3.5)))
c = a
c += b
print(a, c is a)
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
pts = [Vec(math.cos(t / 6 * math.pi), math.sin(t / 6 * math.pi)) for t in range(12)]
print([f"{p:.2f}" for p in pts[:4]])
centroid = sum(pts, Vec()) / len(pts)
print(round(centroid, 9), f"{centroid:.3f}")
path = [Vec(0, 0), Vec(3, 0), Vec(3, 4), Vec(0, 0)]
print("length", sum(abs(q - p) for p, q in zip(path, path[1:])))
area = 0.5 * abs(sum(p.x * q.y - q.x * p.y for p, q in zip(path, path[1:])))
print("area", area, f"{area:08.3f}", f"{area:%}", f"{-area:=+10.1f}")
print(format(1234.5678, "g"), format(0.000012345, "g"), format(123456789.0, "g"), format(1e100, ".3g"), format(5.0, "#g"))
print("%g %g %g %G %.3g %10.4f|%-10.2e|" % (100000.0, 1000000.0, 1e-5, 1e-20, math.pi, math.e, 12345.678))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(-2.7), -7 // 2, -7 % 2, 7 % -2, divmod(-7.5, 2))
print(math.fsum([0.1] * 10), math.prod([1.5, 2, 4]), math.copysign(3, -0.0), math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2)
print(float("1e500"), -float("inf"), math.isinf(1e308 * 10), math.nan == math.nan, 1e308 * 10 - 1e308 * 10)

# A 2D/3D vector class with full operator overloading and comparisons.
import math


class Vector:
    __slots__ = ("coords",)

    def __init__(self, *coords):
        self.coords = tuple(coords)

    def __repr__(self):
        return f"Vector{self.coords!r}"

    def __str__(self):
        return "(" + ", ".join(f"{c:g}" for c in self.coords) + ")"

    def __len__(self):
        return len(self.coords)

    def __getitem__(self, i):
        return self.coords[i]

    def __iter__(self):
        return iter(self.coords)

    def _check(self, other):
        if not isinstance(other, Vector) or len(other) != len(self):
            raise TypeError("dimension mismatch")

    def __add__(self, other):
        self._check(other)
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        self._check(other)
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self))

    def __bool__(self):
        return any(self.coords)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords

    def __hash__(self):
        return hash(self.coords)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __matmul__(self, other):
        a1, a2, a3 = self
        b1, b2, b3 = other
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)


v, w = Vector(1, 2, 3), Vector(4, -5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, -v)
print(repr(v / 2), abs(Vector(3, 4)))
print(v @ w, w @ v)
print(bool(Vector(0, 0)), bool(v), len(v), v[1], list(v))
print(Vector(1, 2) == Vector(1, 2), Vector(1, 2) != Vector(2, 1))
print(len({Vector(1, 2), Vector(1, 2), Vector(2, 1)}))
print(sorted([Vector(3, 4), Vector(1, 1), Vector(0, 2)]))
print(max(Vector(1, 0), Vector(0, 3), Vector(2, 2)))
try:
    v + Vector(1, 2)
except TypeError as e:
    print("TypeError:", e)

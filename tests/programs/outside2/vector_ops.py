import math
from fractions import Fraction


class Vector:
    __match_args__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(abs(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar):
        if isinstance(scalar, Vector):
            return self.x * scalar.x + self.y * scalar.y
        return Vector(self.x * scalar, self.y * scalar)

    def __rmul__(self, scalar):
        return self * scalar

    def __truediv__(self, s):
        return Vector(self.x / s, self.y / s)

    def __floordiv__(self, s):
        return Vector(self.x // s, self.y // s)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return self

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __round__(self, n=0):
        return Vector(round(self.x, n), round(self.y, n))

    def __contains__(self, v):
        return v in (self.x, self.y)


v1, v2 = Vector(2, 4), Vector(2, 1)
print(v1 + v2, v1 - v2, v1 * 3, 3 * v1, v1 * v2, -v1, +v1, abs(Vector(3, 4)), v1 / 2, v1 // 3)
print(bool(Vector()), bool(v1), v1 == Vector(2, 4), v1 != v2, hash(v1) == hash(Vector(2, 4)))
x, y = v1
print(x, y, v1[1], len(v1), list(v1), tuple(v2), 4 in v1, 5 in v1, max(v1, v2), sorted([v1, v2, Vector(1, 1)]))
v3 = v1
v3 += v2
print(v1, v3 is v1, round(Vector(1.26, 2.71), 1))
match v2:
    case Vector(0, 0):
        print("origin")
    case Vector(x, 1):
        print("y is one, x =", x)
fv = Vector(Fraction(1, 3), Fraction(2, 3))
print(fv + fv, fv * 3, fv * fv, Fraction(3, 4) + 1, Fraction("2/6"), Fraction(0.5), float(Fraction(1, 8)))
print(Fraction(7, 3) // 1, Fraction(7, 3) % 1, round(Fraction(7, 2)), Fraction(1, 3) < 0.34, Fraction(5, 10).numerator)
print(sum([Fraction(1, n) for n in range(1, 7)]), Fraction(22, 7).limit_denominator(5), abs(Fraction(-1, 2)))
c = complex(1, 2)
print(c * c, c.conjugate(), abs(3 + 4j), c.real, c.imag, (1 + 2j) / (3 - 4j), complex("1+2j") == c)
try:
    v1 @ v2
except TypeError as e:
    print("TypeError:", e)
try:
    v1 < 3
except AttributeError as e:
    print("AttributeError:", e)

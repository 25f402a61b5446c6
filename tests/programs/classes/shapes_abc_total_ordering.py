from functools import total_ordering
import math
from abc import ABC, abstractmethod


@total_ordering
class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__}.perimeter")

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area(), other.area())

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()

    def __hash__(self):
        return hash((type(self).__name__, round(self.area(), 6)))

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.3f})"

    def __str__(self):
        return f"<{self.name}>"


class Circle(Shape):
    def __init__(self, r):
        super().__init__(f"circle r={r}")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__(f"rect {w}x{h}")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @classmethod
    def square(cls, side):
        return cls(side, side)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = f"square {side}"


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("tri")
        self.sides = (a, b, c)

    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


shapes = [Circle(1), Rect(2, 3), Square(2), Rect.square(2), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    try:
        per = f"{s.perimeter():.2f}"
    except NotImplementedError as e:
        per = f"n/a ({e})"
    print(f"{s!s:<14} {s!r:<40} perimeter={per}")
print(sorted(shapes))
print(max(shapes), min(shapes), Shape.count)
print(Rect(2, 3) == Triangle(3, 4, 5), Rect(2, 3) <= Triangle(3, 4, 5), Circle(1) > Square(1), Circle(1) >= Circle(1))
print(Square(2) == Rect(1, 4), Square(2) != Rect(1, 4), Square(2) == "square")
print(len({Square(2), Rect(2, 2), Rect.square(2), Rect(4, 1)}))
print(type(Rect.square(3)).__name__, type(Square(3)).__name__, isinstance(Square(1), Rect))
try:
    Shape("abstract")
except TypeError as e:
    print("TypeError:", e)
try:
    Circle(1) < 5
except TypeError as e:
    print("TypeError:", e)
print([cls.__name__ for cls in Square.__mro__])
print(issubclass(Square, Shape), issubclass(Circle, Rect), Shape.__subclasses__() and "has subclasses")

# Shape hierarchy with an abstract base, super() calls, properties and class-level registries.
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    registry = []

    def __init__(self, name):
        self.name = name
        Shape.registry.append(self)

    @abstractmethod
    def area(self):
        ...

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        if value <= 0:
            raise ValueError("side must be positive")
        self.w = self.h = value


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Triangle(Shape):
    def __init__(self, a, b, c):
        if not (a + b > c and a + c > b and b + c > a):
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)


shapes = [Rectangle(3, 4), Square(5), Circle(1.5), Triangle(3, 4, 5)]
for s in shapes:
    print(s.describe())
sq = shapes[1]
sq.side = 2.5
print(sq.describe(), sq.side, isinstance(sq, Rectangle), issubclass(Square, Shape))
for bad in (lambda: Triangle(1, 2, 10), lambda: setattr(sq, "side", -1), lambda: Shape("x")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(Shape.registry)
print(sorted(shapes, key=lambda s: s.area()))
print([c.__name__ for c in Square.__mro__])

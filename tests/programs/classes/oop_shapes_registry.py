"""Class hierarchy with abstract base, properties, class/static methods, ordering and hashing."""
from abc import ABC, abstractmethod
from functools import total_ordering
import math


@total_ordering
class Shape(ABC):
    _count = 0

    def __init__(self, name):
        self.name = name
        Shape._count += 1
        self.id = Shape._count

    @abstractmethod
    def area(self):
        ...

    @property
    def perimeter(self):
        return self._perimeter()

    def _perimeter(self):
        raise NotImplementedError

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area(), other.area())

    def __lt__(self, other):
        return self.area() < other.area()

    def __hash__(self):
        return hash((type(self).__name__, round(self.area(), 6)))

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"

    @classmethod
    def count(cls):
        return cls._count

    @staticmethod
    def unit():
        return "cm"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def _perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def _perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def ratio(self):
        return self.w / self.h

    @ratio.setter
    def ratio(self, value):
        self.w = self.h * value


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")


try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)

shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Rect(4, 1)]
for s in sorted(shapes):
    print(s, f"{s.perimeter:.3f}", s.id)
print(max(shapes), min(shapes, key=lambda s: s.perimeter))
print(Square(2) == Rect(1, 4), Square(2) == Rect(4, 1, "x"), Square(2) != Circle(1), Circle(1) == "circle")
print(Square(3) > Rect(2, 4), Square(3) <= Rect(3, 3), len({Square(2), Rect(2, 2), Rect(4, 1)}))
r = Rect(2, 4)
r.ratio = 2
print(r.w, r.h, r.ratio, Shape.count(), Rect.unit(), r.unit())
print(isinstance(r, Shape), issubclass(Square, Rect), type(r).__mro__[-2].__name__, Square.__bases__[0].__name__)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
try:
    r.perimeter = 3
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "area")(), callable(r.area), r.__class__.__name__, Circle.__name__, Circle.__qualname__)

from abc import ABC, abstractmethod
import math

class Shape(ABC):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{self.name:<10}area={self.area():>8.3f} perim={self.perimeter():>8.3f}"
    def __eq__(self, other):
        return isinstance(other, Shape) and math.isclose(self.area(), other.area())
    def __hash__(self):
        return hash(round(self.area(), 6))
    @classmethod
    def unit(cls):
        return cls(1)
    @staticmethod
    def total_area(shapes):
        return sum(s.area() for s in shapes)

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h=None):
        super().__init__("rect")
        self.w, self.h = w, (h if h is not None else w)
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def __repr__(self):
        return f"Rect({self.w}, {self.h})"

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)
shapes = [Circle(1), Rect(2, 3), Square(2), Circle.unit(), Square.unit(), Rect(4, 1)]
for s in shapes:
    print(s.describe())
print(f"{Shape.total_area(shapes):.4f}", Shape.count)
print(Rect(2, 2) == Square(2), len(set(shapes)), Rect(4, 1) == Square(2))
print(sorted(shapes, key=lambda s: (s.area(), s.name))[0].name)
print(type(Square.unit()).__name__, repr(Square(3)))
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
print(vars(Rect(1, 2)))
class Tri(Shape):
    def __init__(self, a, b, c):
        super().__init__("tri")
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
print(Tri(3, 4, 5).describe())
print(getattr(Tri(3, 4, 5), "sides"), hasattr(Circle(2), "w"), getattr(Circle(2), "w", "n/a"))
print(Circle.__name__, Circle.area.__name__, Shape.describe.__qualname__)

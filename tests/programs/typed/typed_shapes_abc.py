# Annotated abstract shapes with float math, list[Shape] processing and sorting by area.
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def ratio(self) -> float:
        return self.area() / self.perimeter()


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r

    def perimeter(self) -> float:
        return 2.0 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2.0 * (self.w + self.h)


class RegularPolygon(Shape):
    def __init__(self, n: int, side: float) -> None:
        self.n = n
        self.side = side

    def area(self) -> float:
        return self.n * self.side * self.side / (4.0 * math.tan(math.pi / self.n))

    def perimeter(self) -> float:
        return self.n * self.side


def summary(shapes: list[Shape]) -> tuple[float, float]:
    return sum(s.area() for s in shapes), max(s.ratio() for s in shapes)


shapes: list[Shape] = [Circle(1.0), Rect(2.0, 3.0), RegularPolygon(6, 1.0), RegularPolygon(3, 2.0), Rect(0.5, 8.0)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(f"{type(s).__name__:15} area={s.area():8.4f} perim={s.perimeter():8.4f} ratio={s.ratio():.4f}")
total, best = summary(shapes)
print(f"total={total:.6f} best ratio={best:.6f}")

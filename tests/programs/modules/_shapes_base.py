# Helper module (not a program): an abstract base class and a registry meant to be subclassed by
# importers.
import math

REGISTRY = []


class Shape:
    sides = 0

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        REGISTRY.append(cls.__name__)

    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area():.3f}"


class Regular(Shape):
    def __init__(self, n, side):
        self.sides, self.side = n, side

    def area(self):
        return self.sides * self.side ** 2 / (4 * math.tan(math.pi / self.sides))

# Subclassing classes imported from a helper module; __init_subclass__ in the base module sees
# subclasses defined here; isinstance across modules.
from _shapes_base import Shape, Regular, REGISTRY
import _shapes_base


class Triangle(Regular):
    def __init__(self, side):
        super().__init__(3, side)


class Square(Regular):
    def __init__(self, side):
        super().__init__(4, side)

    def area(self):
        return self.side ** 2


class Ellipse(Shape):
    def __init__(self, a, b):
        self.a, self.b = a, b

    def area(self):
        return 3.141592653589793 * self.a * self.b


shapes = [Triangle(2), Square(3), Regular(6, 1), Ellipse(2, 1)]
for s in shapes:
    print(s.describe(), isinstance(s, _shapes_base.Shape))
print(REGISTRY, _shapes_base.REGISTRY is REGISTRY)
print([type(s).__module__ for s in shapes])
try:
    Shape().area()
except NotImplementedError:
    print("NotImplementedError from base module")

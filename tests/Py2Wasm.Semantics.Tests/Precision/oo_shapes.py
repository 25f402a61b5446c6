# A class hierarchy of shapes with overridden methods, a registry and polymorphic totals.
import math


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def perimeter(self):
        return 0.0

    def describe(self):
        return "%s area=%.2f perimeter=%.2f" % (self.name, self.area(), self.perimeter())


class Rectangle(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rectangle")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2.0 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        Rectangle.__init__(self, side, side)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return math.pi * self.r * self.r

    def perimeter(self):
        return 2.0 * math.pi * self.r


def total_area(shapes):
    total = 0.0
    for s in shapes:
        total += s.area()
    return total


def largest(shapes):
    best = shapes[0]
    for s in shapes:
        if s.area() > best.area():
            best = s
    return best


shapes = [Rectangle(2.0, 3.0), Square(1.5), Circle(1.0), Circle(0.5)]
for s in shapes:
    print(s.describe())
print("%.3f" % total_area(shapes))
print(largest(shapes).name)

# Multiple inheritance: diamond hierarchies, cooperative super(), MRO inspection, mixins.


class Base:
    def __init__(self, **kw):
        self.trace = ["Base"]
        super().__init__()

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.trace.append("Left")
        self.left = left

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.trace.append("Right")
        self.right = right

    def hello(self):
        return "Right>" + super().hello()


class Bottom(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trace.append("Bottom")

    def hello(self):
        return "Bottom>" + super().hello()


class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()) if k != "trace")
        return "{" + items + "}"


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if k != "trace")
        return f"{type(self).__name__}({fields})"


class Point(ReprMixin, JsonMixin, Bottom):
    pass


b = Bottom(left=1, right=2)
print(b.trace, b.left, b.right)
print(b.hello())
print([c.__name__ for c in Bottom.__mro__])
p = Point(left=5)
print(p, p.to_json())
print([c.__name__ for c in Point.mro()])
print(isinstance(p, Right), issubclass(Point, JsonMixin), Point.hello is Bottom.hello)

try:
    class Broken(Left, Base, Right):
        pass
except TypeError:
    print("TypeError: inconsistent MRO")


class A:
    x = "A"


class B(A):
    pass


class C(A):
    x = "C"


class D(B, C):
    pass


print(D.x, [k.__name__ for k in D.__mro__])

# The methods every class inherits from object: present on object itself, on plain classes and on
# their instances, and behaving as object's (comparisons answer NotImplemented, __ne__ inverts __eq__,
# __format__ accepts only an empty spec).
NAMES = ["__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__", "__hash__", "__repr__", "__str__",
         "__format__", "__init__", "__new__", "__setattr__", "__delattr__", "__class__"]


class Plain:
    pass


class Child(Plain):
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Child) and self.v == other.v

    def __repr__(self):
        return f"Child({self.v})"


class Lazy:
    def __getattr__(self, name):
        return "from __getattr__: " + name


for target in [object, object(), Plain, Plain(), Child, Child(1)]:
    print(type(target).__name__, [hasattr(target, n) for n in NAMES])

print(object.__lt__(1, 2), object.__ge__("a", "b"), Plain().__lt__(Plain()), Plain().__gt__(3))
p = Plain()
print(p.__eq__(p), p.__eq__(Plain()), p.__ne__(p), p.__ne__(Plain()))
print(Child(1).__ne__(Child(1)), Child(1).__ne__(Child(2)), Child(1).__ne__(5), Child.__ne__(Child(3), Child(3)))
print(Child(7).__str__(), Child(7).__format__(""), format(Child(8)), f"{Child(9)}")
print(p.__hash__() == hash(p), Plain.__hash__(p) == hash(p), Child.__hash__)
print(Plain.__class__, Child.__class__, p.__class__.__name__, Plain.__lt__ is object.__lt__)
print(Plain().__init__(), type(Plain.__new__(Plain)).__name__)
try:
    Plain().__format__("x")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), ">5")
except TypeError as e:
    print("TypeError:", e)
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
c = Child(2)
c.__setattr__("w", 3)
print(c.w, vars(c))
c.__delattr__("w")
print(hasattr(c, "w"), vars(c))
lazy = Lazy()
print(lazy.anything, lazy.__lt__(lazy), lazy.__ne__(lazy), hasattr(lazy, "__le__"))


# A dunder the class defines itself is the class's, bound, through getattr() as through attribute syntax.
class Own:
    def __init__(self):
        self.v = 1

    def __eq__(self, other):
        return True

    def __repr__(self):
        return "Own()"


own = Own()
for name in ("__init__", "__eq__", "__repr__"):
    bound = getattr(own, name)
    print(name, type(bound).__name__, getattr(bound, "__qualname__", "?"))
print(getattr(own, "__eq__")(3), getattr(own, "__repr__")(), getattr(own, "__str__")(), getattr(own, "__hash__") is None)

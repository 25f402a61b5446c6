# super(Class, obj) with explicit arguments (Python 2 style), in methods, classmethods, __new__ and at module level.
class Base:
    count = 0

    def __init__(self, name):
        self.name = name
        Base.count += 1

    def describe(self):
        return "Base(" + self.name + ")"

    @classmethod
    def create(cls, name):
        return cls(name)

    def __repr__(self):
        return "<" + type(self).__name__ + " " + self.name + ">"


class Middle(Base):
    def __init__(self, name, level):
        super(Middle, self).__init__(name)
        self.level = level

    def describe(self):
        return "Middle[" + super(Middle, self).describe() + "]"

    @classmethod
    def create(cls, name):
        obj = super(Middle, cls).create(name + "!") if False else cls(name, 1)
        return obj


class Leaf(Middle):
    def __init__(self, name):
        super(Leaf, self).__init__(name, 2)

    def describe(self):
        # skip Middle on purpose
        return "Leaf{" + super(Middle, self).describe() + "|" + super(Leaf, self).describe() + "}"


class Mixin:
    def hello(self):
        return "mixin hello"


class Diamond(Leaf, Mixin):
    def hello(self):
        return "diamond/" + super(Diamond, self).hello()


leaf = Leaf("x")
print(leaf.name, leaf.level, leaf.describe(), Base.count)
print(Middle("m", 5).describe(), Middle.create("c").level)
d = Diamond("d")
print(d.hello(), d.describe())
print(super(Leaf, leaf).describe(), super(Base, leaf).__repr__().startswith("<__main__.Leaf object"))


class Point(tuple):
    def __new__(cls, x, y):
        return super(Point, cls).__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple))


class MyError(Exception):
    def __init__(self, code):
        super(MyError, self).__init__("code %d" % code)
        self.code = code


try:
    raise MyError(7)
except MyError as e:
    print(e, e.code, e.args)


class Unrelated:
    pass


try:
    super(Leaf, Unrelated()).describe()
except TypeError as e:
    print("TypeError:", e)
try:
    super(5, leaf).describe()
except TypeError as e:
    print("TypeError:", e)


class Counter(dict):
    def __getitem__(self, k):
        return super(Counter, self).get(k, 0)


c = Counter(a=2)
print(c["a"], c["zz"], len(c))

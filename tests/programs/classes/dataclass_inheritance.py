"""Dataclasses deriving from dataclasses and plain classes; class docstrings."""
from dataclasses import dataclass, field, fields, asdict, replace


class Base:
    """A plain base with a docstring."""
    kind = "base"

    def describe(self):
        return f"{self.kind}:{self!r}"


class NoDoc:
    pass


@dataclass
class Animal(Base):
    name: str
    legs: int = 4
    kind = "animal"


@dataclass
class Dog(Animal):
    breed: str = "mutt"
    tricks: list = field(default_factory=list)
    legs: int = 4

    def learn(self, trick):
        self.tricks.append(trick)
        return self


@dataclass(order=True)
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True


@dataclass(frozen=True)
class Point:
    x: int
    y: int


@dataclass(frozen=True)
class Point3(Point):
    z: int = 0


d = Dog("rex", breed="lab").learn("sit").learn("roll")
print(d, d.describe())
print([f.name for f in fields(Dog)], asdict(d))
b1, b2 = Bird("tweety"), Bird("penguin", can_fly=False)
print(b1, b2, b1 < b2, sorted([b1, b2, Bird("albatross", 2)]))
print(Animal("cat"), Animal("cat") == Animal("cat"), Animal("cat") == Dog("cat"), isinstance(d, Base))
p = Point3(1, 2, 3)
print(p, p == Point3(1, 2, 3), hash(p) == hash(Point3(1, 2, 3)), replace(p, z=9), Point(1, 2) == Point3(1, 2))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad(Point):
        w: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2(Animal):
        owner: str
except TypeError as e:
    print("TypeError:", e)
print(Base.__doc__, NoDoc.__doc__, Base().describe.__doc__, NoDoc().__doc__)
print(Animal.kind, Dog.kind, Dog.__mro__[1].__name__, Bird.__match_args__)
match d:
    case Dog(name, legs, breed):
        print("matched", name, legs, breed)

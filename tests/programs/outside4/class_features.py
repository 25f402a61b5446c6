from abc import ABC, abstractmethod
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()], "%s" % OnlyRepr())
class EqNoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
try:
    {EqNoHash(1)}
except TypeError as e:
    print("TypeError", e)
print(EqNoHash.__hash__ is None, EqNoHash(1) == EqNoHash(1), EqNoHash(1) != EqNoHash(2))
class Animal(ABC):
    @property
    @abstractmethod
    def sound(self): ...
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    @property
    def sound(self):
        return "woof"
class Puppy(Dog):
    @property
    def sound(self):
        return super().sound.upper() + "!"
print(Dog().speak(), Puppy().speak())
try:
    Animal()
except TypeError as e:
    print("TypeError", e)
def add_greeting(cls):
    cls.greet = lambda self: f"hi from {self.name}"
    return cls
@add_greeting
class Person:
    def __init__(self, name):
        self.name = name
    @classmethod
    def from_full(cls, full):
        return cls(full.split()[0])
    def __eq__(self, o):
        return isinstance(o, Person) and o.name == self.name
    __hash__ = object.__hash__
print(Person.from_full("Ada Lovelace").greet(), Person("x") == Person("x"), Person("x") in [Person("x")])
class Base:
    registry = []
    def __init__(self):
        self.registry.append(type(self).__name__)
class C1(Base): pass
class C2(Base):
    registry = []
C1(); C2(); Base(); C1()
print(Base.registry, C2.registry)
class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        r = self.xs[i]
        return Vector(*r) if isinstance(i, slice) else r
    def __repr__(self):
        return f"Vector{tuple(self.xs)}"
    def __eq__(self, o):
        return self.xs == list(o)
    def __iter__(self):
        return iter(self.xs)
    def __reversed__(self):
        return Vector(*self.xs[::-1])
    def __lt__(self, o):
        return sum(self.xs) < sum(o.xs)
v = Vector(1, 2, 3, 4)
print(v[1], v[1:3], v[::-1], len(v), reversed(v), v == [1, 2, 3, 4], sorted([Vector(5), Vector(1, 1)]))
print(max(Vector(1), Vector(0, 3)), min([Vector(2), Vector(1)]), list(v)[-1], 3 in v)
class Temp:
    def __init__(self, c):
        self.c = c
    def __lt__(self, o): return self.c < o.c
    def __le__(self, o): return self.c <= o.c
    def __gt__(self, o): return self.c > o.c
    def __ge__(self, o): return self.c >= o.c
    def __repr__(self): return f"T{self.c}"
ts = [Temp(3), Temp(-1), Temp(7)]
print(sorted(ts), max(ts), Temp(1) < Temp(2) <= Temp(2) > Temp(0))
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.upper()
        return super().__new__(mcs, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
class SubTagged(Tagged):
    pass
print(Tagged.tag, SubTagged.tag, type(Tagged).__name__, isinstance(Tagged, Meta))
print(C1.__name__, C1.__bases__[0].__name__, [k for k in Vector.__dict__ if not k.startswith("_")], issubclass(bool, int))
obj = type("Dyn", (object,), {"v": 3, "get": lambda self: self.v * 2})()
print(type(obj).__name__, obj.get())
class WithClassAttr:
    items = []
    def add(self, x):
        self.items = self.items + [x]
w1, w2 = WithClassAttr(), WithClassAttr()
w1.add(1); w2.add(2); w2.add(3)
print(w1.items, w2.items, WithClassAttr.items)

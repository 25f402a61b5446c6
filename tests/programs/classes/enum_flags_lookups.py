# Enums beyond the basics: Flag/IntFlag composition and boundaries, auto() expressions, aliases, the functional API,
# value and name lookups, mixed-in int/str behaviour of IntEnum/StrEnum, copies, and str/repr/format as 3.11 prints them.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
import copy
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.value, Planet.EARTH.mass, Planet((5.976e+24, 6.37814e6)))
class Animal(Enum):
    CAT = 'cat'
    DOG = 'dog'
    KITTY = 'cat'
    def speak(self):
        return f"{self.name.lower()} says hi"
    @classmethod
    def parse(cls, s):
        return cls(s)
print(list(Animal), Animal.KITTY, Animal.KITTY is Animal.CAT, Animal.__members__.keys(), len(Animal))
print(Animal.parse('dog').speak(), Animal['KITTY'])
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
Shape = Enum('Shape', 'CIRCLE SQUARE TRIANGLE')
print(list(Shape), Shape.SQUARE.value, repr(Shape(3)))
Col = Enum('Col', [('R', 'red'), ('G', 'green')])
print(Col.R, Col('green'))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
p = Perm.R | Perm.X
print(p, repr(p), p + 1, p & 4, repr(p & 4), Perm.R in p, list(p), repr(~p), repr(Perm(0)), bool(Perm(0)))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, repr(Color.WHITE), repr(~Color.RED), Color.RED | Color.BLUE, len(Color.WHITE), list(Color.WHITE))
print([c.value for c in Color], Color(3), Color.__members__)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + Num.TWO, Num.TWO * 3, Num(2), [10, 20, 30][Num.TWO], f"{Num.TWO:03d}", str(Num.ONE), Num.ONE == 1, hash(Num.ONE) == hash(1))
d = {1: 'a'}
print(d[Num.ONE], Num.TWO.bit_length(), int(Num.TWO), float(Num.TWO), -Num.TWO, Num.ONE < Num.TWO, max(Num), sorted([Num.TWO, Num.ONE, 0]))
print(copy.copy(Animal.CAT) is Animal.CAT, copy.deepcopy([Animal.CAT])[0] is Animal.CAT)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.B), S.B == 'bee', S.A.upper(), f"[{S.B:>5}]", S('bee'))
class Step(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    ONE = 1
print(list(Step))
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()
    NORTH = auto()
    SOUTH = auto()
print(list(Ordinal), Ordinal.SOUTH.value)
try:
    Color(8)
except ValueError as e:
    print(e)
try:
    Animal('bird')
except ValueError as e:
    print(e)
try:
    Animal['BIRD']
except KeyError as e:
    print('KeyError', e)
print(type(Animal.CAT), type(Animal), Animal.CAT.__class__.__name__, isinstance(Animal.CAT, Animal), isinstance(Num.ONE, int))
print({Animal.CAT: 1, Animal.DOG: 2}[Animal.KITTY], Animal.CAT in {Animal.CAT}, Animal.CAT != Animal.DOG)
class Base(Enum):
    def describe(self):
        return f"{type(self).__name__}:{self.name}"
class Sub(Base):
    X = 1
print(Sub.X.describe(), Sub.X)
try:
    class Sub2(Sub):
        Y = 2
except TypeError as e:
    print(e)
print(Animal.CAT.name, Animal.CAT.value, [m.name for m in reversed(Animal)])
print(f"{Animal.CAT}", f"{Animal.CAT!r}", "%s" % Animal.DOG, format(Animal.DOG, '>10'), str(Perm.R), format(Perm.W))
class Status(Enum):
    ACTIVE = 1
    INACTIVE = 0
    def __str__(self):
        return self.name.lower()
    @property
    def is_on(self):
        return self.value == 1
print(Status.ACTIVE, f"{Status.INACTIVE}", Status.ACTIVE.is_on, repr(Status.INACTIVE))
print(Num.ONE in Num, Num.__members__)

# Enums with methods, class-level lookups, iteration order, aliases, unique values, IntFlag
# composition, and use as dict keys and in match statements.
from enum import Enum, IntFlag, unique


@unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    @classmethod
    def by_name(cls, name):
        return cls[name.upper()]


class Access(IntFlag):
    NONE = 0
    READ = 1
    WRITE = 2
    EXEC = 4
    ALL = READ | WRITE | EXEC


def describe(shape):
    match shape:
        case Shape.SQUARE:
            return "four equal sides"
        case Shape.CIRCLE:
            return "round"
        case _:
            return "something else"


for p in Planet:
    print(f"{p.name:8} g={p.surface_gravity:.2f}")
print([s.name for s in Shape], Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2).name, len(Shape))
print(Shape.by_name("circle"), [describe(s) for s in Shape])
rw = Access.READ | Access.WRITE
print(int(rw), Access.WRITE in rw, Access.EXEC in rw, int(Access.ALL), int(rw & ~Access.WRITE))
print(Access(5) == Access.READ | Access.EXEC, bool(Access.NONE), Access.ALL >= 7)
scores = {Shape.SQUARE: 10, Shape.CIRCLE: 30}
print(sorted((k.name, v) for k, v in scores.items()), Planet.EARTH.value)

from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    @property
    def hex(self):
        return {1: "#f00", 2: "#0f0", 3: "#00f"}[self.value]

    def describe(self):
        return f"{self.name.lower()} ({self.hex})"


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    ALIAS = 1


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.describe())
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
print([c.name for c in Color], {c: c.value for c in Color}[Color.BLUE])
p = Perm.R | Perm.X
print(p, Perm.R in p, Perm.W in p, bool(Perm.R & Perm.W), Perm.RW, p & Perm.R)
print(repr(Perm.W), Perm(3), ~Perm.R if True else 0)
print(Status.OK, Status.NOT_FOUND + 1, Status(500).name, Status.OK < Status.ERROR, int(Status.ERROR))
print(sorted([Status.ERROR, Status.OK]), Status.OK == 200, f"{Status.OK}", f"{Color.RED}", str(Status.OK))
for pl in Planet:
    print(pl.name, round(pl.surface_gravity, 2), pl.value[0])
print(Shape.ALIAS is Shape.SQUARE, list(Shape), Shape.CIRCLE.value)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(m, int(m), m & 4, Mode(7), Mode.READ in m)
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d.get(Color.GREEN), Color.GREEN.__class__.__name__, isinstance(Color.RED, Color))
print(Color.__members__.keys() if False else list(Color.__members__))


class Weekday(Enum):
    MON = 1
    TUE = 2

    @classmethod
    def first(cls):
        return cls.MON

    def __str__(self):
        return self.name.title()


print(Weekday.first(), str(Weekday.TUE), repr(Weekday.TUE), hash(Weekday.MON) == hash(Weekday.MON))
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("matched green")

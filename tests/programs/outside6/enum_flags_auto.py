from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


@unique
class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"

    @property
    def corners(self):
        return 0 if self is Shape.CIRCLE else 4

    @classmethod
    def parse(cls, text):
        return cls(text.lower())


class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()
    ALIAS = 1


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


p = Perm.R | Perm.X
print(p, Perm.R in p, Perm.W in p, bool(Perm(0)), Perm.RW, list(Perm), repr(Perm.RW))
print(p & Perm.R, p ^ Perm.R, ~Perm.R, Perm.RW.value, Perm(3))
print(Level.MID > Level.LOW, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW, Level.MID]), Level(5), int(Level.LOW), Level.MID == 5)
print(Shape.parse("SQUARE"), Shape.SQUARE.corners, Shape("circle").name, [s.value for s in Shape], len(Shape))
print(Status.ALIAS is Status.ACTIVE, list(Status), Status["INACTIVE"], Status(2), Status.ACTIVE.value)
print(Mode.A | Mode.B, Mode.A | 8, int(Mode.C | Mode.A), Mode(6), isinstance(Mode.A, int))
print({Level.LOW: "low"}[Level.LOW], Level.LOW.name, Level.__members__.keys() if False else list(Level.__members__))
try:
    Shape("triangle")
except ValueError as e:
    print("ValueError:", e)
try:
    Level["NONE"]
except KeyError as e:
    print("KeyError:", e)
for member in Level:
    print(f"{member.name:<5}{member.value:>3} {member!r} {member!s}")
print(f"{Level.HIGH}", format(Level.HIGH, ">6"), str(Shape.CIRCLE), f"{Shape.CIRCLE}", f"{Perm.R}")

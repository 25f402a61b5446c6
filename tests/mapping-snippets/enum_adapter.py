# Snippet for the 'enum' adapter.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, EnumType, EnumMeta, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


@unique
class Level(IntEnum):
    LOW = auto()
    HIGH = auto()


class Mode(StrEnum):
    READ = "r"
    WRITE = "w"


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


class Bits(IntFlag):
    A = 1
    B = 2


class Shade(enum.Enum):
    DARK = "d"


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"].name, Color.BLUE.value, list(Color), len(Color))
print(Level.HIGH, Level.LOW + 1, Level.HIGH > Level.LOW, repr(Level.LOW), Mode.READ, Mode.WRITE == "w", Mode("r").name)
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), Bits.A | Bits.B, int(Bits.B), issubclass(IntEnum, ReprEnum), Shade.DARK.value)
print(type(Color) is EnumType, EnumMeta is EnumType, isinstance(Color.RED, Color), Color.RED is Color(1))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

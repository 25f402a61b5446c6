# IntEnum/IntFlag/StrEnum members whose class defines __str__: f"{m}", format(m), "{}".format(m) and "%s" % m
# all show str(m); a non-empty format spec formats the value (int.__format__ / str.__format__).
from enum import Enum, IntEnum, IntFlag, StrEnum


class Level(IntEnum):
    DEBUG = 10
    INFO = 20

    def __str__(self):
        return self.name.lower()


class Named(IntEnum):
    def __str__(self):
        return "N:" + self.name


class Code(Named):
    OK = 200
    MISSING = 404


class Perm(IntFlag):
    R = 4
    W = 2

    def __str__(self):
        return "perm-" + str(self.value)


class Color(StrEnum):
    RED = "red"

    def __str__(self):
        return self.value.upper()


class Plain(IntEnum):
    A = 1


class Shape(Enum):
    SQUARE = 4

    def __str__(self):
        return "shape"


for m in [Level.INFO, Code.MISSING, Perm.R | Perm.W, Color.RED, Plain.A, Shape.SQUARE]:
    print(f"{m}|{m!s}|{m!r}|" + "{}|".format(m) + format(m) + "|%s|" % m + "%s %s|" % (m, m))
print(f"{Level.INFO:>6}|{Level.DEBUG:04d}|{Code.OK:x}|{Color.RED:>5}|{Plain.A:+}|{Shape.SQUARE:>7}|")
print("%d %5d %x" % (Level.INFO, Code.OK, Perm.R | Perm.W), "%r" % Level.DEBUG, "%-6s|" % Code.OK)
print(Level.INFO + 1, Level.INFO % 7, 50 % Level.INFO, str(Level.DEBUG), repr(Plain.A), [Level.INFO], sorted(Code))

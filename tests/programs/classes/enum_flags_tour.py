from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Level(IntEnum):
    LOW = 10
    MID = 20
    HIGH = 30


@unique
class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()

    @property
    def is_first(self):
        return self is Weekday.MON

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


class Mode(IntFlag):
    X = 1
    W = 2
    R = 4


print(list(Color), Color.CRIMSON, Color.CRIMSON is Color.RED, Color(1), Color["BLUE"])
print(Color.RED.name, Color.RED.value, repr(Color.GREEN), str(Color.BLUE), len(Color))
print(list(Color.__members__), Color.__members__["CRIMSON"])
p = Perm.READ | Perm.EXEC
print(p, repr(p), p.value, Perm.READ in p, Perm.WRITE in p, bool(Perm.NONE), bool(p))
print(Perm.RW, Perm.ALL, Perm.ALL & ~Perm.WRITE, Perm(3), Perm(0), Perm.RW == Perm.READ | Perm.WRITE)
print([m.name for m in Perm], list(Perm.ALL), len(Perm))
print(Level.LOW < Level.HIGH, Level.MID + 5, Level(20), sorted([Level.HIGH, Level.LOW]), Level.HIGH == 30, int(Level.MID))
print(f"{Level.MID}", f"{Color.RED}", f"{Level.MID:>6}", str(Level.LOW), repr(Level.LOW), max(Level))
print(Weekday.MON.is_first, Weekday.TUE.is_first, Weekday.WED.next(), [d.value for d in Weekday])
m = Mode.R | Mode.W
print(m, repr(m), m == 6, m & 4, Mode(7), Mode.X | 8, int(m), m + 1)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color.CRIMSON], Color.RED in d, {c: c.value * 2 for c in Color})
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED == 1, Level.LOW == 10)


def describe(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"


print([describe(c) for c in Color])
perms = [Perm.NONE, Perm.READ, Perm.RW, Perm.ALL, Perm.WRITE | Perm.EXEC]
for q in perms:
    print(f"{q.value:03b}", q.name, [x.name for x in Perm if x in q and x.value and (x.value & (x.value - 1)) == 0])

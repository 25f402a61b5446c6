from enum import Enum, IntEnum, Flag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()}({self.value})"
    @property
    def is_warm(self):
        return self is Color.RED
class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
@unique
class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.describe(), Color.RED.is_warm)
print(list(Color), len(Color), Color.RED in Color, [c.name for c in Color])
print(Prio.HIGH > Prio.LOW, Prio.MID + 1, sorted([Prio.HIGH, Prio.LOW, Prio.MID]), int(Prio.MID), Prio(5))
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value)
try:
    Color(9)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
TRANSITIONS = {State.IDLE: [State.RUNNING], State.RUNNING: [State.DONE, State.IDLE], State.DONE: []}
class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []
    def go(self, new):
        if new not in TRANSITIONS[self.state]:
            raise RuntimeError(f"illegal {self.state.value} -> {new.value}")
        self.log.append((self.state.name, new.name))
        self.state = new
m = Machine()
for target in [State.RUNNING, State.IDLE, State.DONE, State.RUNNING, State.DONE, State.IDLE]:
    try:
        m.go(target)
        print("now", m.state)
    except RuntimeError as e:
        print(e)
print(m.log)
print({c: c.value for c in Color}, Color.RED == 1, Prio.LOW == 1, State("done"))
print(f"{Color.RED}", f"{Prio.HIGH}", str(Prio.HIGH), format(Color.BLUE), f"{State.DONE.value:>8}")
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__, isinstance(Color.RED, Color))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet:
    print(p.name, f"{p.gravity:.2f}")
class Shade(Enum):
    DARK = auto()
    LIGHT = auto()
print(Shade.DARK.value, Shade.LIGHT.value, Color.__members__.keys())
match Color.GREEN:
    case Color.RED:
        print("red!")
    case Color.GREEN | Color.BLUE:
        print("cool color")

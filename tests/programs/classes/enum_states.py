# Enums: auto values, iteration, lookup by name/value, methods on members, IntEnum and Flag.
from enum import Enum, IntEnum, Flag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def complement(self):
        return {Color.RED: Color.GREEN, Color.GREEN: Color.RED}.get(self, self)


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

    @property
    def terminal(self):
        return self is State.DONE


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Perm(Flag):
    R = 4
    W = 2
    X = 1


TRANSITIONS = {State.IDLE: [State.RUNNING], State.RUNNING: [State.DONE, State.IDLE], State.DONE: []}

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"], Color.RED.complement(), list(Color))
print([s.name for s in State], [s.value for s in State], State.DONE.terminal)
s = State.IDLE
path = [s]
while not s.terminal:
    s = TRANSITIONS[s][-1] if len(path) > 3 else TRANSITIONS[s][0]
    path.append(s)
print(" -> ".join(p.name for p in path))
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
rw = Perm.R | Perm.W
print(Perm.R in rw, Perm.X in rw, bool(rw & Perm.W), (rw & Perm.X).value)
print(Color.RED == 1, Color.RED is Color(1), isinstance(Color.RED, Color))
counts = {c: 0 for c in Color}
for v in [1, 2, 2, 3, 3, 3]:
    counts[Color(v)] += 1
print({c.name: n for c, n in counts.items()})
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)

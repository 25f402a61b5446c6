from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()


TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"invalid event {event!r} in state {self.state.name}")
        new = TRANSITIONS[key]
        self.log.append(f"{self.state.name}->{new.name}")
        self.state = new


m = Machine()
for ev in ["start", "pause", "resume", "pause", "stop", "start"]:
    try:
        m.fire(ev)
    except ValueError as e:
        print("error:", e)
print(m.state, m.log)


def parse_command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"moving {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["look"]:
            return "looking around"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb}"


for c in ["go north", "go up", "take lamp key", "take", "look", "exit", "", "dance wildly"]:
    print(repr(c), "->", parse_command(c))


def describe(obj):
    match obj:
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": "rect", "w": w, "h": h, **rest}:
            return f"rect {w}x{h} extra={rest}"
        case (x, y):
            return f"pair {x},{y}"
        case int() | float() as n if n < 0:
            return "negative"
        case int(n):
            return f"int {n}"
        case str() as s:
            return f"str {s!r}"
        case None:
            return "none"
        case _:
            return "other"


for o in [{"type": "circle", "r": 2}, {"type": "rect", "w": 1, "h": 2, "c": "red"}, (1, 2), -3.5, 7, "hi", None, [1, 2, 3]]:
    print(describe(o))


def vending(coins):
    state, total = "waiting", 0
    for coin in coins:
        if state == "waiting":
            state = "collecting"
        total += coin
        if total >= 100:
            state = "dispense"
            break
    return state, total


print(vending([25, 25]), vending([50, 50, 10]), vending([]))

from dataclasses import dataclass


@dataclass
class Move:
    dx: int
    dy: int


@dataclass
class Say:
    text: str
    loud: bool = False


@dataclass
class Batch:
    items: list


def handle(cmd, state):
    match cmd:
        case Move(dx=0, dy=0):
            return "no-op move"
        case Move(dx, dy) if abs(dx) + abs(dy) > 10:
            return f"too far ({dx}, {dy})"
        case Move(dx, dy):
            state["x"] += dx
            state["y"] += dy
            return f"moved to {state['x']},{state['y']}"
        case Say(text=t, loud=True):
            return t.upper() + "!"
        case Say(t):
            return f"says {t!r}"
        case Batch(items=[]):
            return "empty batch"
        case Batch(items=[first, *rest]):
            out = [handle(first, state)]
            out += [handle(r, state) for r in rest]
            return " | ".join(out)
        case {"op": "set", "key": str(k), "value": v}:
            state[k] = v
            return f"set {k}={v!r}"
        case {"op": "del", "key": k, **extra}:
            removed = state.pop(k, None)
            return f"del {k} -> {removed} extra={extra}"
        case ("go", ("north" | "south") as d):
            state["y"] += 1 if d == "north" else -1
            return f"went {d}"
        case ("go", d):
            return f"can't go {d}"
        case [int(a), int(b)] | (int(a), int(b), _):
            return f"pair {a + b}"
        case str() as s if s.isdigit():
            return f"number string {int(s)}"
        case str(s):
            return f"word {s}"
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case float(f) if f != f:
            return "nan!"
        case 0 | 1 | 2:
            return "small int"
        case int(n) if n < 0:
            return "negative"
        case _:
            return f"unknown {type(cmd).__name__}"


state = {"x": 0, "y": 0}
commands = [Move(0, 0), Move(3, -1), Move(20, 0), Say("hi"), Say("hey", loud=True),
            Batch([]), Batch([Move(1, 1), Say("a"), ("go", "north")]),
            {"op": "set", "key": "color", "value": [1, 2]}, {"op": "set", "key": 5, "value": 1},
            {"op": "del", "key": "color", "why": "test"}, ("go", "south"), ("go", "up"),
            [3, 4], (1, 2, 3), [1, 2, 3, 4], "42", "hello", None, True, False, float("nan"),
            1, 7, -3, 2.5, {"op": "other"}, ()]
for c in commands:
    print(f"{c!r:<55} -> {handle(c, state)}")
print(state)


def classify(point):
    match point:
        case (0, 0):
            return "origin"
        case (0, y) | (y, 0):
            return f"axis {y}"
        case (x, y) if x == y:
            return "diagonal"
        case (x, y, *others) if others:
            return f"{len(others)} extra dims"
        case _:
            return "plane"


print([classify(p) for p in [(0, 0), (0, 5), (4, 0), (3, 3), (1, 2), (1, 2, 3, 4)]])

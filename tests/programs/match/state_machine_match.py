# A traffic-light/state machine driven by match on (state, event) tuples.
from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()
    FLASHING = auto()


def transition(state, event):
    match (state, event):
        case (_, "fault"):
            return Light.FLASHING
        case (Light.FLASHING, "reset"):
            return Light.RED
        case (Light.FLASHING, _):
            return Light.FLASHING
        case (Light.RED, "timer"):
            return Light.GREEN
        case (Light.GREEN, "timer") | (Light.GREEN, "pedestrian"):
            return Light.YELLOW
        case (Light.YELLOW, "timer"):
            return Light.RED
        case (s, e):
            print(f"  ignored {e!r} in {s.name}")
            return s


state = Light.RED
events = ["timer", "timer", "pedestrian", "timer", "timer", "pedestrian", "fault", "timer", "reset", "timer",
          "bogus"]
history = [state.name]
for ev in events:
    state = transition(state, ev)
    history.append(state.name)
print(" -> ".join(history))

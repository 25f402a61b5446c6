# Mapping patterns on decoded JSON-like events, with **rest, nested values and class patterns for
# builtins (str(), int(), list()).
import json

EVENTS = """[
 {"type": "click", "x": 10, "y": 20, "button": "left"},
 {"type": "click", "x": 5, "y": 7},
 {"type": "key", "key": "a", "mods": ["ctrl", "shift"]},
 {"type": "key", "key": "Enter", "mods": []},
 {"type": "scroll", "delta": -3},
 {"type": "scroll", "delta": "fast"},
 {"type": "resize", "size": {"w": 800, "h": 600}, "dpi": 2},
 {"kind": "legacy"},
 {"type": "batch", "events": [{"type": "key", "key": "x", "mods": []}, {"type": "scroll", "delta": 1}]}
]"""


def handle(ev):
    match ev:
        case {"type": "click", "x": int(x), "y": int(y), "button": "right" | "left" as b}:
            return f"{b} click at {x},{y}"
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y} (default button)"
        case {"type": "key", "key": str(k), "mods": []}:
            return f"key {k}"
        case {"type": "key", "key": k, "mods": [*mods]}:
            return f"key {'+'.join(mods)}+{k}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return f"scroll up {-d}"
        case {"type": "scroll", "delta": int(d)}:
            return f"scroll down {d}"
        case {"type": "resize", "size": {"w": w, "h": h}, **rest}:
            return f"resize {w}x{h} extra={rest}"
        case {"type": "batch", "events": list(evs)}:
            return "batch[" + "; ".join(handle(e) for e in evs) + "]"
        case {"type": t}:
            return f"unhandled {t} event"
        case _:
            return "malformed"


for ev in json.loads(EVENTS):
    print(handle(ev))

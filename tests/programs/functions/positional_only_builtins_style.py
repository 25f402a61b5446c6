# Positional-only parameters mimicking builtins (like len/divmod), combined with **kwargs that may
# reuse positional-only names, and introspection via inspect.signature.
import inspect


def clamp(value, lo=0, hi=100, /):
    return max(lo, min(hi, value))


def record(name, /, **fields):
    return {"name": name, **fields}


def interval(start, stop=None, step=1, /, *, inclusive=False):
    if stop is None:
        start, stop = 0, start
    if inclusive:
        stop += 1 if step > 0 else -1
    return list(range(start, stop, step))


print(clamp(150), clamp(-5), clamp(50, 60), clamp(5, 0, 3))
print(record("widget", name="shadow allowed", size=3))
print(interval(5), interval(2, 6), interval(10, 0, -3), interval(1, 4, inclusive=True))
try:
    clamp(value=1)
except TypeError:
    print("TypeError: value is positional-only")
for fn in (clamp, record, interval):
    sig = inspect.signature(fn)
    print(fn.__name__, str(sig), [p.kind.name for p in sig.parameters.values()])

import functools
from contextlib import contextmanager, suppress


class Timer:
    def __init__(self, name):
        self.name = name
        self.ticks = 0

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return exc_type is KeyError


with Timer("a") as t:
    t.ticks += 5
print(t.ticks)
with Timer("b"):
    raise KeyError("swallowed")
try:
    with Timer("c"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)


@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        log.append("!div")
    finally:
        log.append(f"</{name}>")


log = []
with tag("html", log) as h, tag("body", log) as b:
    log.append(h + b)
    with tag("p", log):
        1 / 0
print(log)

with suppress(IndexError, KeyError):
    [][1]
print("after suppress")

with tag("x", log) as x:
    with tag("y", log) as y:
        print("inside", x, y)
print(log[-4:])


def trace(func):
    depth = [0]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        pad = "  " * depth[0]
        shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{pad}-> {func.__name__}({shown})")
        depth[0] += 1
        try:
            result = func(*args, **kwargs)
        finally:
            depth[0] -= 1
        print(f"{pad}<- {result!r}")
        return result
    return wrapper


def repeat(times):
    def deco(func):
        @functools.wraps(func)
        def inner(*a, **k):
            return [func(*a, **k) for _ in range(times)]
        inner.times = times
        return inner
    return deco


@trace
def gcd(a, b=1):
    """Greatest common divisor."""
    return a if b == 0 else gcd(b, a % b)


print(gcd(48, b=18), gcd.__name__, gcd.__doc__, gcd.__wrapped__(7, 0))

counter = iter(range(100))


@repeat(3)
def draw(prefix="#"):
    return f"{prefix}{next(counter)}"


print(draw(), draw("@"), draw.times, draw.__name__)


def memo(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memo
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(80), len(ways.cache))
partial_pow = functools.partial(pow, 2)
print(partial_pow(10), functools.partial(int, base=16)("ff"), functools.reduce(lambda a, b: a * b, range(1, 8)))

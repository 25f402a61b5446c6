# Function decorators: timing-free call counting, argument logging, retry, and stacking order.
import functools


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def logged(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            result = fn(*args, **kwargs)
            print(f"{prefix}{fn.__name__}({', '.join(parts)}) -> {result!r}")
            return result
        return wrapper
    return deco


def retry(times):
    def deco(fn):
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco


def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"


def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"


@counted
def square(x):
    """Return x squared."""
    return x * x


@logged(">> ")
def greet(name, punctuation="!"):
    return f"hello {name}{punctuation}"


state = {"n": 0}


@retry(3)
def flaky(limit):
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError(f"n={state['n']}")
    return state["n"]


@bold
@italic
def text(s):
    return s


print([square(i) for i in range(5)], square.calls, square.__name__, square.__doc__)
greet("ada")
greet("bob", punctuation="?")
print(flaky(3))
state["n"] = 0
try:
    flaky(10)
except RuntimeError as e:
    print(e)
print(text("hi"))

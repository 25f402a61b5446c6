# Functions are objects: attributes, __name__, __defaults__, __kwdefaults__, __doc__, __code__ counts,
# storing functions in data structures, and functions returning functions.


def greet(name, greeting="Hello", *, punct="!"):
    """Return a greeting."""
    return f"{greeting}, {name}{punct}"


greet.calls = 0
print(greet.__name__, greet.__doc__, greet.__defaults__, greet.__kwdefaults__)
print(greet.__code__.co_argcount, greet.__code__.co_kwonlyargcount, greet.calls)


def counter_attr(fn):
    def wrapped(*a, **k):
        wrapped.calls += 1
        return fn(*a, **k)
    wrapped.calls = 0
    wrapped.__name__ = fn.__name__ + "_counted"
    return wrapped


g = counter_attr(greet)
print(g("ann"), g("bob", "Hi"), g.calls, g.__name__)
ops = [abs, str.upper, len, lambda x: x * 2, greet]
print([getattr(f, "__name__") for f in ops])
table = {"double": lambda x: 2 * x, "square": lambda x: x * x}
print({k: f(7) for k, f in table.items()})


def make_multiplier(n):
    def mul(x):
        return x * n
    mul.__doc__ = f"multiply by {n}"
    return mul


triple = make_multiplier(3)
print(triple(14), triple.__doc__, triple.__qualname__)
print(callable(triple), callable("x"), type(triple).__name__, type(len).__name__)

# Snippet for the 'functools' adapter.
import functools
from functools import reduce, partial


print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4, 5]), reduce(lambda a, b: a + b, [], 10), functools.reduce(max, [3, 9, 2]))
base2 = functools.partial(int, base=2)
print(base2("1011"), partial(pow, 2)(10), functools.partial(sorted, reverse=True)([3, 1, 2]))
p = partial(print, "a", sep="-")
p("b", "c")


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))


@functools.lru_cache
def square(x):
    print("computing", x)
    return x * x


print(square(4), square(4), square(5))


@functools.cache
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)


print(tri(100))
print(sorted(["banana", "Apple", "cherry"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))


def loud(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args).upper()
    return inner


@loud
def greet(name):
    """Say hello."""
    return "hello " + name


print(greet("bob"), greet.__name__)


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) <= Version(2), Version(3) >= Version(2), Version(2) > Version(2), Version(1) != Version(1))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


@functools.singledispatch
def kind(x):
    return "other"


@kind.register(int)
def _(x):
    return "int"


class Lazy:
    @functools.cached_property
    def value(self):
        print("computed once")
        return 42


lazy = Lazy()
print(kind(1), kind("s"), lazy.value, lazy.value)


class Counted:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        functools.update_wrapper(self, fn)

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


@Counted
def square(x):
    """Square a number."""
    return x * x


print(square(3), square(4), square.calls, square.__name__, square.__doc__, square.__wrapped__ is not None)

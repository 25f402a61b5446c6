import functools
import time


def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            result = None
            for _ in range(times):
                result = fn(*args, **kwargs)
            return result
        return wrapper
    return deco


def trace(fn):
    depth = [0]

    @functools.wraps(fn)
    def inner(*args):
        print("  " * depth[0] + f"-> {fn.__name__}{args}")
        depth[0] += 1
        try:
            r = fn(*args)
        finally:
            depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return inner


@repeat(3)
def greet(name, punct="!"):
    """Say hello."""
    print(f"hello {name}{punct}")
    return len(name)


print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


fact(4)


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2())
adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])


class memoize:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        functools.update_wrapper(self, fn)

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache), fib.__name__)


@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().hits > 0)
ways.cache_clear()
print(ways.cache_info())


def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kwargs)
        return wrapper
    return deco


@validate(x=int, s=str)
def f(x, s):
    return s * x


print(f(x=2, s="ab"))
try:
    f(x="2", s="ab")
except TypeError as e:
    print("TypeError:", e)


class cached_prop:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_prop
    def area(self):
        print("computing area")
        return round(3.14159 * self.r ** 2, 3)

    @functools.cached_property
    def perimeter(self):
        print("computing perimeter")
        return round(2 * 3.14159 * self.r, 3)


c = Circle(2)
print(c.area, c.area, c.perimeter, c.perimeter)
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(lambda x: x + 1, lambda x: x * 3, str)(4))
p = functools.partial(int, base=2)
print(p("1011"), p.func.__name__, p.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(max, [3, 9, 2], 0))
start = time.perf_counter()
print(time.perf_counter() - start >= 0)

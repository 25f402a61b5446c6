"""Closures, late binding, nonlocal counters, decorators with arguments, functools.wraps and recursion."""
import functools

def make_counters():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counters()
inc(); inc(5)
print(get())

late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        wrapper.calls = 0
        return wrapper
    return deco

@repeat(3)
def shout(word, suffix="!"):
    """Shout a word."""
    return word.upper() + suffix

print(shout("hi"), shout("x", suffix="?"), shout.__name__, shout.__doc__, shout.__wrapped__("raw"))

def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))

@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print(ways(100), ways.cache_info().hits > 0)

x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer(), x)

def counter_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add

adders = [counter_gen() for _ in range(2)]
print(adders[0](1), adders[0](2), adders[1](10))

compose = lambda *fs: functools.reduce(lambda f, g: lambda v: g(f(v)), fs)
pipeline = compose(lambda v: v + 1, lambda v: v * 2, str)
print(pipeline(4), repr(pipeline(0)))
partial_pow = functools.partial(pow, 2)
print(partial_pow(10), functools.partial(int, base=2)("1010"), sorted(["b", "A", "c"], key=str.lower))

def apply(fn, *args, sep="-", **kw):
    return sep.join(str(a) for a in args) + (f" {kw}" if kw else "") + f" -> {fn(*args)}"

print(apply(max, 3, 9, 2), apply(min, 4, 1, sep="+", note="x"))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)

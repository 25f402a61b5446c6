# functools: reduce, partial, lru_cache with maxsize, cached_property, singledispatch, wraps.
from functools import reduce, partial, lru_cache, cached_property, singledispatch, wraps


@lru_cache(maxsize=3)
def slow_square(n):
    print(f"  computing {n}")
    return n * n


for n in [1, 2, 1, 3, 4, 1, 2]:
    slow_square(n)
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
slow_square.cache_clear()
print(slow_square.cache_info().currsize)


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def stats(self):
        print("  computing stats")
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean, "max": max(self.values)}


d = Dataset([3, 1, 4, 1, 5])
print(d.stats["mean"], d.stats["max"])


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x} (even={x % 2 == 0})"


@describe.register(list)
def _(x):
    return f"list of {len(x)}: " + ", ".join(describe(i) for i in x)


@describe.register(str)
def _(x):
    return f"str {x.upper()}"


print(describe(4))
print(describe([1, "a", 2.5]))
print(describe(None))
int_from_binary = partial(int, base=2)
print(int_from_binary("1011"), partial(max, 0)(-5, -2), reduce(lambda a, b: a + [a[-1] + b], [1, 2, 3], [0]))


def trace(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner


@trace
def documented():
    """Docstring survives."""


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)

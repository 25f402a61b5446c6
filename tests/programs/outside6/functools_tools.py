from functools import partial, reduce, singledispatch, cached_property, wraps, total_ordering, lru_cache
import operator


def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), square.func.__name__, square.keywords, partial(power, 2)(10))


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


@describe.register(str)
def _(x):
    return f"str {x.upper()}"


print(describe(3), describe([1, 2]), describe("hi"), describe(2.5), describe(True))


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @cached_property
    def mean(self):
        self.computations += 1
        return sum(self.values) / len(self.values)


d = Dataset([1, 2, 3, 4])
print(d.mean, d.mean, d.computations, "mean" in vars(d))
del d.mean
print(d.mean, d.computations)


def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        print("calling", fn.__name__, a, k)
        return fn(*a, **k)
    return inner


@logged
def add(a, b=0):
    """Adds."""
    return a + b


print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__(5))
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a if a > b else b, [3, 9, 4]), reduce(operator.add, [], 0))


@lru_cache(maxsize=3)
def slow(n):
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5]:
    slow(n)
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
print(operator.attrgetter("real")(3 + 4j), operator.itemgetter(0, -1)("abc"), operator.methodcaller("split", ",")("a,b"))
print(operator.add(1, 2), operator.neg(5), operator.truth([]), operator.contains([1], 1), operator.getitem({"k": 1}, "k"))

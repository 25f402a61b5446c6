# Function composition utilities: compose, pipe, curry, flip, and a point-free data pipeline.
from functools import reduce, wraps
import inspect


def compose(*fns):
    return reduce(lambda f, g: lambda x: f(g(x)), fns, lambda x: x)


def pipe(value, *fns):
    for f in fns:
        value = f(value)
    return value


def curry(fn):
    arity = len(inspect.signature(fn).parameters)

    @wraps(fn)
    def curried(*args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: curried(*args, *more)
    return curried


def flip(fn):
    return lambda a, b, *rest: fn(b, a, *rest)


@curry
def add3(a, b, c):
    return a + b + c


@curry
def mapc(fn, xs):
    return [fn(x) for x in xs]


@curry
def filterc(pred, xs):
    return [x for x in xs if pred(x)]


inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5), compose()(7))
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3), add3.__name__)
process = compose(sum, mapc(double), filterc(lambda x: x % 3 == 0))
print(process(range(20)))
print(pipe("  Hello World  ", str.strip, str.lower, str.split, mapc(len)))
print(flip(pow)(2, 10), flip(lambda a, b, c: f"{a}{b}{c}")("x", "y", "z"))

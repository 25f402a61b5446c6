# inspect: signatures of functions, lambdas, classes, bound methods, partials and built-ins; Signature.bind; predicates.
import inspect
import functools


def f(a, b: int = 2, *args, c, d=4, **kw) -> int:
    """Doc.

        indented
    """
    return 0


def g(x, y=None, /, z=3):
    pass


class Point:
    def __init__(self, x: float, y: float = 0.0):
        self.x = x

    def move(self, dx, dy=0):
        return dx


class Plain:
    pass


class E(Exception):
    pass


def gen():
    yield 1


async def co():
    return 1


for obj in (f, g, lambda a, *b: 0, Point, Plain, Point(1).move, functools.partial(f, 1, c=3), len, sorted, print, pow, E, max):
    try:
        s = inspect.signature(obj)
        print(s, repr(s))
        for p in s.parameters.values():
            print(" ", repr(p), p.kind, repr(p.kind), p.kind.description, p.default is inspect.Parameter.empty, p.annotation)
    except ValueError as e:
        print("ValueError", e)
print(inspect.signature(f).return_annotation, inspect.Signature.empty)
print(inspect.signature(f).parameters)
b = inspect.signature(f).bind(1, 2, 3, c=5, z=9)
print(b, b.args, b.kwargs)
b.apply_defaults()
print(b.arguments)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 1}), ((1,), {"y": 2})]:
    try:
        print(inspect.signature(g).bind(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
print(inspect.signature(g).bind_partial())
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(Point(1).move), inspect.isclass(Point))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(co), inspect.isgenerator(gen()))
c = co()
print(inspect.iscoroutine(c), inspect.isroutine(f), inspect.isroutine(Point))
c.close()
print(inspect.getdoc(f))
print(inspect.cleandoc("  a\n    b\n      c\n"))
print([n for n, v in inspect.getmembers(Point, inspect.isfunction)])
print(inspect.getmro(E))
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


async def agen():
    yield 1


def wrapped(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        return fn(*args, **kwargs)
    return inner


@wrapped
def target(p, q=1, *, r):
    return p


ag = agen()
print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(f))
print(inspect.isasyncgenfunction(agen), inspect.isasyncgen(ag), inspect.isasyncgen(gen()), inspect.isawaitable(c))
print(inspect.ismodule(inspect), inspect.ismodule(f), inspect.unwrap(target) is not target, inspect.unwrap(f) is f)
print(inspect.signature(target), inspect.signature(target, follow_wrapped=False))
print(inspect.formatannotation(int), inspect.formatannotation(Point), inspect.formatannotation("x"))
ba = inspect.signature(target).bind(1, r=2)
print(isinstance(ba, inspect.BoundArguments), ba.signature, ba == inspect.signature(target).bind(1, r=2))
p = inspect.Parameter("size", inspect.Parameter.KEYWORD_ONLY, default=3, annotation=int)
print(p, repr(p), p.replace(name="n", default=inspect.Parameter.empty))
print(inspect.Signature([p], return_annotation=str), inspect.Signature())
try:
    inspect.Parameter("x", inspect.Parameter.VAR_POSITIONAL, default=1)
except ValueError as e:
    print("ValueError", e)
try:
    inspect.Signature([inspect.Parameter("a", inspect.Parameter.KEYWORD_ONLY), inspect.Parameter("b", inspect.Parameter.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError", e)
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(g), inspect.getfullargspec(target).args)
print(inspect.getfullargspec(Point(1).move))
print(inspect.getfullargspec(len), isinstance(inspect.getfullargspec(g), inspect.FullArgSpec))

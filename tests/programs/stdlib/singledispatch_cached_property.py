# functools.singledispatch (registration by class, by annotation, by union; dispatch along the MRO, bool before
# int, user subclasses, abstract base classes, dispatch()), cached_property (computed once per instance, then
# the instance attribute; assignment and deletion; errors) and function __annotations__.
from collections.abc import Mapping, Sequence
from functools import cached_property, singledispatch


@singledispatch
def show(x):
    return f"object:{x!r}"


@show.register
def _(x: int):
    return f"int:{x}"


@show.register(bool)
def _(x):
    return f"bool:{x}"


@show.register
def _(x: float | complex):
    return f"number:{x}"


@show.register(Sequence)
def _(x):
    return "seq[" + ",".join(show(i) for i in x) + "]"


@show.register(Mapping)
def _(x):
    return "map{" + ",".join(f"{k}={show(v)}" for k, v in x.items()) + "}"


class Animal:
    pass


class Dog(Animal):
    pass


@show.register
def _(x: Animal):
    return f"animal:{type(x).__name__}"


for v in (3, True, 2.5, 1j, [1, 2.5], (None,), {"k": [False]}, Dog(), None, b""):
    print(show(v))
print(show.dispatch(bool).__name__, show.dispatch(Dog) is show.dispatch(Animal), show.__name__, show.__wrapped__.__name__)
for bad in (lambda: show.register(lambda x: x), lambda: show(), lambda: show.register(3, print)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", str(e)[:40])


class Report:
    calls = 0

    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        """Sum of the rows."""
        Report.calls += 1
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, Report.calls, "total" in vars(r), Report.total.__doc__, type(Report.total).__name__)
r.total = 100
print(r.total, Report.calls)
del r.total
print(r.total, Report.calls, Report([5]).total, Report.calls)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)


def annotated(a: int, b: "Report" = None, *args: str, key: list[int] | None = None, **kw: float) -> dict[str, int]:
    return {}


print(annotated.__annotations__)
print(show.__annotations__ if hasattr(show, "__annotations__") else "no annotations", (lambda: 0).__annotations__)

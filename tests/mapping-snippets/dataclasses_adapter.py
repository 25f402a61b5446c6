# Snippet for the 'dataclasses' adapter.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, KW_ONLY, InitVar, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = field(default=(), compare=False)


@dataclass
class Bag:
    items: list = field(default_factory=list)
    note: str = field(default="", repr=False)


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1))
print(asdict(p), astuple(p), replace(p, y=5), len(fields(p)), len(fields(Version)))
v1, v2 = Version(1, 2), Version(1, 10, ("beta",))
print(v1 < v2, sorted([v2, v1]), v1 == Version(1, 2, ("x",)), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
b = Bag()
b.items.append(1)
print(b, Bag(), asdict(Bag([Point(1, 1)], "n")), astuple(Bag([1], "z")))
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Opts:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Opts("x"), Opts("y", level=3, verbose=True), Opts.__match_args__, type(KW_ONLY).__name__, KW_ONLY is KW_ONLY)


@dataclass
class Scaled:
    v: float
    factor: InitVar[float] = 2.0

    def __post_init__(self, factor):
        self.v *= factor


print(Scaled(1.5), Scaled(1.0, factor=3.0), [f.name for f in fields(Scaled)], InitVar[int])

# The module itself, imported as `import dataclasses`: the decorator and the functions through it.
import dataclasses


@dataclasses.dataclass(order=True)
class Tagged:
    rank: int
    labels: list = dataclasses.field(default_factory=list, compare=False)


t = Tagged(2, ["x"])
print(t, dataclasses.asdict(t), dataclasses.astuple(t), dataclasses.replace(t, rank=1) < t, [f.name for f in dataclasses.fields(t)])
print(dataclasses.is_dataclass(t), dataclasses.is_dataclass(Tagged), dataclasses.is_dataclass(3), dataclasses.is_dataclass(int), is_dataclass(Scaled))
try:
    dataclasses.replace(t, nope=1)
except TypeError as e:
    print("TypeError:", e)

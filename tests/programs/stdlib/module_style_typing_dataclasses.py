# 'import typing' and 'import dataclasses' used through the module name, as much code does:
# @dataclasses.dataclass, dataclasses.field/asdict/astuple/replace/fields/is_dataclass, typing.NamedTuple,
# typing.Generic[T], typing.NewType, typing.cast, typing.TYPE_CHECKING and typing aliases as values.
import dataclasses
import typing


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0
    tags: typing.List[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int


class Pair(typing.NamedTuple):
    left: int
    right: str = "r"


T = typing.TypeVar("T")


class Box(typing.Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


UserId = typing.NewType("UserId", int)
Vector = typing.List[float]


def scale(v: Vector, k: float) -> Vector:
    return [typing.cast(float, x) * k for x in v]


p = Point(1, tags=["a"])
print(p, dataclasses.asdict(p), dataclasses.astuple(p), dataclasses.replace(p, x=5))
print([f.name for f in dataclasses.fields(Point)], dataclasses.is_dataclass(p))
print(sorted([Version(1, 2), Version(1, 0)]), Version(2, 0) > Version(1, 9))
try:
    Version(1, 0).major = 3
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
print(Pair(1), Pair(2, "x")._asdict(), Box(3).get(), UserId(5), scale([1.0, 2.0], 2.0), typing.TYPE_CHECKING)
print(Vector, typing.Optional[int], typing.get_origin(typing.List[int]))

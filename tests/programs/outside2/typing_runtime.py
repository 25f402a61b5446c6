from typing import TypedDict, Protocol, Generic, TypeVar, overload, Literal, Final, Union, Callable, Iterator, NamedTuple, ClassVar, Any, runtime_checkable, cast, Sequence, Mapping

T = TypeVar("T")
K = TypeVar("K")
MAX: Final = 10
Mode = Literal["r", "w"]


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


@runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str: ...


class English:
    def greet(self) -> str:
        return "hello"


class Silent:
    pass


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def map(self, f: Callable[[T], K]) -> "Box[K]":
        return Box(f(self.item))

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    def raise_(self, pct: float) -> "Emp":
        return self._replace(salary=int(self.salary * (1 + pct)))


class Config:
    instances: ClassVar[int] = 0

    def __init__(self, mode: Mode = "r") -> None:
        Config.instances += 1
        self.mode = mode


def first(xs: Sequence[T]) -> Union[T, None]:
    return xs[0] if xs else None


def total(m: Mapping[str, int]) -> int:
    return sum(m.values())


m: Movie = {"title": "Alien", "year": 1979}
pm: PartialMovie = {"title": "X"}
print(m, m["year"], type(m).__name__, pm.get("rating"), Movie.__required_keys__ if False else "")
print(isinstance(English(), Greeter), isinstance(Silent(), Greeter))
b = Box(21).map(lambda v: v * 2).map(str)
print(b, b.get(), Box[int](3))
s: Stack[int] = Stack()
for i in range(4):
    s.push(i)
print(list(s), s.pop())
print(double(4), double("ab"), MAX)
e = Emp("ann")
print(e, e.raise_(0.1), Emp._fields, Emp._field_defaults)
Config()
Config("w")
print(Config.instances, Config("w").mode)
print(first([]), first("xyz"), total({"a": 1, "b": 2}), cast(int, "notint"))


def apply(f: Callable[..., Any], *a: Any) -> Any:
    return f(*a)


print(apply(max, 3, 9, 2), apply(lambda: "none"))
x: int = 5
y: "list[int]" = [x]
print(__annotations__ if False else y, Emp.__annotations__)

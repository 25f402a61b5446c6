# typing objects used as run-time values: aliases, reprs, equality, get_origin/get_args, cast, NewType,
# TypedDict, Literal, TypeVar, Generic subscripts, runtime_checkable protocols.
from collections import Counter as PlainCounter
from typing import (Any, Callable, ClassVar, Counter, DefaultDict, Dict, Final, FrozenSet, Generic, Hashable, Iterable, List, Literal,
                    Mapping, NewType, Optional, Protocol, Sequence, Set, Tuple, Type, TypedDict, TypeVar, Union, cast, get_args,
                    get_origin, runtime_checkable)


class Event:
    def __init__(self, name: str) -> None:
        self.name = name


Handler = Callable[[Event], None]
JSON = Union[str, int, List[Any], Dict[str, Any]]
Key = Hashable
Pair = Tuple[int, str]
Names = list[str]

print(repr(Handler))
print(repr(JSON))
print(Key, Pair, Names, repr(Any))
print(repr(Optional[int]), repr(Optional[Union[int, str]]), repr(Union[None, str]))
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, float], Optional[int] == Union[None, int])
print(Union[int, Union[str, int]], Union[int], Union[int, int] is int)
print(repr(List[int]), repr(Dict[str, List[int]]), repr(Set[bytes]), repr(FrozenSet[str]), repr(Type[Event]))
print(repr(Sequence[str]), repr(Mapping[str, int]), repr(Iterable[float]), repr(Counter[str]), repr(DefaultDict[str, int]))
print(repr(Callable[[], None]), repr(Callable[[int, str], Dict[str, int]]))
print(repr(Literal["r", "w"]), repr(Literal[1, True, 1]), Literal["a", "b"] == Literal["b", "a"], Literal[1] == Literal[True])
print(repr(ClassVar[int]), repr(Final[str]), repr(List["Event"]), repr(list["Event"]))
print(List[int] == List[int], List[int] == list[int], list[int] == list[int], Dict[str, int] != Dict[str, float])
print(len({Union[int, str], Union[str, int], List[int], List[int]}))

for tp in (Handler, JSON, Optional[str], List[int], list[int], dict[str, Any], Literal["x", 2], ClassVar[int], Pair, int, List, Names, Key):
    print(get_origin(tp), get_args(tp))
print(get_origin(Union[int, str]) is Union, get_origin(Literal[1]) is Literal, get_origin(Generic) is Generic)

# isinstance with unions and bare aliases; subscripted generics refuse.
print(isinstance(3, Union[int, str]), isinstance(2.5, Optional[int]), isinstance(None, Optional[int]), isinstance([], List))
print(isinstance({}, Mapping), isinstance("s", Hashable), isinstance([], Hashable))
for bad in (List[int], list[int], Any, Literal[1]):
    try:
        isinstance([], bad)
    except TypeError as e:
        print("TypeError:", e)

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
Co = TypeVar("Co", covariant=True)
Num = TypeVar("Num", int, float)
print(T, K, Co, Num, K.__bound__, Num.__constraints__, T.__name__, T.__bound__)
Table = Dict[str, T]
print(repr(Table), repr(Table[int]), repr(List[Optional[T]][bytes]), repr(list[T][str]))


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


IntBox = Box[int]
b = IntBox(5)
print(repr(IntBox), b.get(), type(b).__name__, b.__orig_class__, get_origin(IntBox) is Box, get_args(IntBox))
print(Box[str]("s").get(), cast(int, "not checked"), cast(List[int], [1, 2]), cast("Box[int]", b) is b)

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, repr(UserId), UserId.__name__, UserId.__supertype__)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Arrival", year=2016)
print(m, type(m).__name__, Movie.__name__, Movie.__total__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)


class Shape(Protocol):
    def area(self) -> float: ...


@runtime_checkable
class Named(Protocol):
    def name(self) -> str: ...

    def rename(self, new: str) -> None: ...


class Tag:
    def __init__(self, n: str) -> None:
        self.n = n

    def name(self) -> str:
        return self.n

    def rename(self, new: str) -> None:
        self.n = new


class HalfTag:
    def name(self) -> str:
        return "half"


try:
    isinstance(Tag("t"), Shape)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Tag("t"), Named), isinstance(HalfTag(), Named), isinstance(3, Named))
try:
    runtime_checkable(Tag)
except TypeError as e:
    print("TypeError:", e)

for make in (lambda: List(), lambda: Union[()], lambda: List[int, str], lambda: Hashable[int], lambda: Optional[1], lambda: Union(),
             lambda: Dict[str], lambda: Callable[int, str], lambda: TypeVar("X", int), lambda: Union[1, "a"], lambda: List[(int, str)],
             lambda: List[Union], lambda: Dict[str, Generic], lambda: Union[int, ClassVar[int]], lambda: Optional[Final[int]], lambda: Tuple[()],
             lambda: Callable[(int, str), bool], lambda: Any[int], lambda: Any()):
    try:
        print(repr(make()))
    except TypeError as e:
        print("TypeError:", e)
print(Counter[str]("abca") == PlainCounter("abca"), DefaultDict[str, int](int)["x"])
for tp in (Any, Union, List, Callable, Tuple, List[int], Optional[int], Callable[[int], str], Literal[1], ClassVar[int], Box[int], list[int], T, UserId):
    print(type(tp).__module__, type(tp).__name__)
print(repr(Generic[T]), repr(Box[T][float]), Box[T] == Box[T], Box[int] == Box[str])
Varargs = Callable[..., int]
Row = Tuple[int, ...]
print(repr(Varargs), get_args(Varargs), repr(Row), get_args(Row), repr(tuple[str, ...]), get_args(tuple[str, ...]))
print(Varargs == Callable[..., int], repr(Callable[[Callable[..., str]], None]))

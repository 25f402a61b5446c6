# Snippet for the 'typing' adapter: names used in annotations (which compiled code does not evaluate) and as run-time values.
from typing import (Any, List, Dict, Set, FrozenSet, Tuple, Optional, Union, Callable, Iterable, Iterator, Generator, Sequence,
                    Mapping, MutableMapping, MutableSequence, Type, Deque, DefaultDict, Counter, ClassVar, Final, Literal, NoReturn,
                    Hashable, Sized, Collection, Container, Reversible, AbstractSet, TYPE_CHECKING)

if TYPE_CHECKING:
    print("never printed")
print(TYPE_CHECKING)


def total(xs: List[int], extra: Optional[Dict[str, float]] = None) -> float:
    return sum(xs) + sum((extra or {}).values())


def pairs(m: Mapping[str, int]) -> Iterator[Tuple[str, int]]:
    yield from sorted(m.items())


def apply(f: Callable[[int], int], xs: Sequence[int]) -> MutableSequence[int]:
    return [f(x) for x in xs]


def gen(n: int) -> Generator[int, None, None]:
    yield from range(n)


def first(c: Collection[Any], s: Union[Set[int], FrozenSet[int], AbstractSet[int]], h: Hashable, z: Sized, r: Reversible, k: Container) -> Any:
    return next(iter(c)), len(s), hash(h) == hash(h), len(z), list(reversed(r)), 1 in k


def never(msg: str) -> NoReturn:
    raise SystemExit(msg)


class Config:
    limit: ClassVar[int] = 3
    name: Final = "cfg"
    mode: Literal["a", "b"] = "a"

    def build(self, kind: Type[list], items: Iterable[int]) -> "MutableMapping[str, Deque[int]]":
        return {self.mode: kind(items)}


counts: DefaultDict[str, int] = {}
tally: Counter[str] = {}
print(total([1, 2, 3]), total([1], {"a": 0.5}), list(pairs({"b": 2, "a": 1})), apply(lambda x: x * x, [1, 2, 3]), list(gen(3)))
print(first([7, 8], {1, 2}, "h", "abc", [1, 2], [1]), Config.limit, Config().name, Config().build(list, range(3)), counts, tally)
from typing import (AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable, Coroutine, Generic, ItemsView, KeysView, NamedTuple, Never,
                    Protocol, Self, SupportsAbs, SupportsFloat, SupportsIndex, SupportsInt, Text, TypeAlias, TypeVar, ValuesView, cast)

T = TypeVar("T")
Number: TypeAlias = int


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> Self:
        self.items.append(x)
        return self


class Greeter(Protocol):
    def greet(self) -> Text:
        ...


class English:
    def greet(self) -> Text:
        return "hello"


class Pair(NamedTuple):
    left: int
    right: int = 0


def views(d: dict) -> tuple[KeysView[str], ValuesView[int], ItemsView[str, int]]:
    return d.keys(), d.values(), d.items()


def nums(a: SupportsAbs[int], f: SupportsFloat, i: SupportsIndex, n: SupportsInt) -> float:
    return abs(a) + float(f) + [10, 20][i] + int(n)


def stop(msg: str) -> Never:
    raise ValueError(msg)


async def agen() -> AsyncGenerator[int, None]:
    yield 1


def coro_types(a: Awaitable[int], c: Coroutine[None, None, int], ai: AsyncIterator[int], ab: AsyncIterable[int]) -> None:
    pass


def greet_all(gs: list[Greeter]) -> list[str]:
    return [g.greet() for g in gs]


n: Number = cast(int, "not checked")
print(Stack[int]().push(1).push(2).items, greet_all([English()]), Pair(1), Pair(2, 3).right, Pair._fields, n, T)
print([list(v) for v in views({"a": 1})], nums(-2, 1.5, 1, 3), coro_types.__name__)
try:
    stop("never returns")
except ValueError as e:
    print("ValueError:", e)
from typing import NewType, TypedDict, get_args, get_origin, runtime_checkable, get_type_hints

Meters = NewType("Meters", float)


class Point(TypedDict):
    x: int
    y: int


@runtime_checkable
class Greets(Protocol):
    def greet(self) -> Text:
        ...


Alias = Dict[str, Optional[List[int]]]
print(Meters(2.5), repr(Meters), Point(x=1, y=2), isinstance(English(), Greets), isinstance(3, Greets))
print(repr(Alias), get_origin(Alias), get_args(Alias), get_args(Callable[[int], str]), repr(Union[int, None]), repr(Literal["a"]))
print(repr(Tuple[int, str]), repr(Set[int]), repr(FrozenSet[int]), repr(Iterable[int]), repr(Iterator[int]), repr(Generator[int, None, None]))
print(repr(Sequence[int]), repr(Mapping[str, int]), repr(MutableMapping[str, int]), repr(MutableSequence[int]), repr(Type[int]), repr(Deque[int]))
print(repr(DefaultDict[str, int]), repr(Counter[str]), repr(ClassVar[int]), repr(Final[int]), repr(Hashable), repr(Sized), repr(Collection[int]))
print(repr(Container[int]), repr(Reversible[int]), repr(AbstractSet[int]), repr(KeysView[str]), repr(ValuesView[int]), repr(ItemsView[str, int]))
print(repr(Any), repr(NoReturn), repr(Never), repr(Self), repr(TypeAlias), Text)
from typing import (SupportsBytes, SupportsComplex, SupportsRound, ContextManager, AsyncContextManager, IO, TextIO, BinaryIO, Pattern, Match,
                    ChainMap, ByteString, MappingView, MutableSet, OrderedDict, AnyStr, ParamSpec, Annotated, overload, final, no_type_check,
                    assert_never, assert_type, reveal_type, TypeGuard, Required, NotRequired, Unpack, LiteralString, Concatenate)
import sys


def annotated_only(a: SupportsBytes, b: SupportsComplex, c: SupportsRound, d: ContextManager, e: AsyncContextManager, f: IO[str], g: TextIO,
                   h: BinaryIO, i: Pattern[str], j: Match[str], k: ChainMap[str, int], m: ByteString, n: MappingView) -> None:
    pass


PS = ParamSpec("PS")


@overload
def twice(x: int) -> int: ...
@overload
def twice(x: str) -> str: ...
def twice(x):
    return x * 2


@final
class Sealed:
    pass


@no_type_check
def untyped(x: "weird") -> int:
    return 1


def is_ints(v: list) -> TypeGuard[list]:
    return all(isinstance(x, int) for x in v)


print(twice(2), twice("ab"), Sealed.__final__, untyped(0), is_ints([1]), assert_type(5, int), reveal_type(7))
print(repr(MutableSet[int]), repr(OrderedDict[str, int]), repr(AnyStr), PS, PS.args, PS.kwargs, repr(Annotated[int, "m"]), Annotated[int, "m"].__metadata__)
print(repr(TypeGuard[int]), repr(Required[int]), repr(NotRequired[int]), repr(Unpack), repr(LiteralString), repr(Concatenate[int, PS]))
try:
    assert_never("x")
except AssertionError as err:
    print("AssertionError:", err)


def hinted(a: "int", b: Optional[str] = None) -> "List[int]":
    return []


class Hinted:
    x: int
    y: "Optional[Hinted]"


print(get_type_hints(hinted), get_type_hints(Hinted))

# typing.get_type_hints: classes (MRO merge, TypedDict), functions, methods, string forward references (module, localns),
# aliases with forward references inside, Annotated stripping, and the errors CPython raises.
from typing import Optional, Union, List, Dict, get_type_hints


class Node:
    value: int
    next: Optional["Node"]
    tags: List[str]

    def link(self, other: "Node", weight: float = 1.0) -> "Optional[Node]":
        return None


class Child(Node):
    extra: Dict[str, int]
    name: "str"


def f(a: int, b: Union[int, str], c: "List[Node]", d: None = None) -> Optional[int]:
    return None


def g(x, y):
    return x


print(f.__module__, f.__annotations__)
print(get_type_hints(f))
print(get_type_hints(g))
print(get_type_hints(Node))
print(get_type_hints(Child))
print(get_type_hints(Node.link))
print(get_type_hints(Node().link))
h = get_type_hints(Child)
print(list(h), h["next"] == Optional[Node])

import functools
from typing import Callable, Literal, ClassVar, Annotated, Tuple, Any, TypedDict, NamedTuple


class Movie(TypedDict):
    title: str
    year: "int"


class Cfg:
    count: ClassVar[int] = 0
    mode: Literal["r", "w"]
    cb: Callable[[int, "Node"], str]
    pair: Tuple[int, ...]
    anything: Any
    meta: Annotated[int, "units"]
    items: list["Node"]
    both: "int | None"
    nested: "Optional['Node']"


def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


@deco
def wrapped(n: "Node") -> "list[Node]":
    return []


def broken(x: "Missing") -> int:
    return 0


def tup(x: "(int, str)") -> None:
    pass


print(get_type_hints(Movie))
print(get_type_hints(Cfg))
print(get_type_hints(Cfg, include_extras=True)["meta"])
print(get_type_hints(wrapped))
print(get_type_hints(f, localns={"Node": int}))
print(get_type_hints(lambda q: q))
for bad in (broken, tup, 5):
    try:
        print(get_type_hints(bad))
    except (NameError, TypeError) as e:
        print(type(e).__name__, e)

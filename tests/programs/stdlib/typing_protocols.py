# typing constructs used at runtime: Protocol, TypedDict, Literal, Optional, Union, cast, get_type_hints.
from typing import Protocol, TypedDict, Literal, Optional, Union, cast, get_type_hints, Iterable


class Shape(Protocol):
    def area(self) -> float: ...


class Sq:
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s * self.s


class Circ:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class Movie(TypedDict):
    title: str
    year: int


Mode = Literal["r", "w"]


def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)


def open_mode(m: Mode) -> str:
    return {"r": "reading", "w": "writing"}[m]


def first_word(s: Optional[str]) -> str:
    if s is None:
        return "<none>"
    return s.split()[0] if s.split() else ""


def as_number(v: Union[int, str]) -> int:
    return v if isinstance(v, int) else int(v)


print(total_area([Sq(2), Circ(1), Sq(0.5)]))
m: Movie = {"title": "Arrival", "year": 2016}
print(m, type(m).__name__, open_mode("w"))
print(first_word(None), first_word("hello world"), repr(first_word("   ")))
print(as_number(5) + as_number("37"), cast(int, "not checked"))
hints = get_type_hints(as_number)
print(sorted(hints), hints["return"].__name__)
print(get_type_hints(Movie))

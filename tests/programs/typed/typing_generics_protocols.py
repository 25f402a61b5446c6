# typing at run time: Generic containers with TypeVars, Protocols, cast, and placeholder bodies (`...`).
from typing import Generic, TypeVar, Protocol, Optional, Iterator, Callable, cast

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class SupportsArea(Protocol):
    def area(self) -> float: ...


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)

    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.value!r})"


class Rect:
    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r * self.r


def total_area(shapes: list[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)


def apply_all(fs: list[Callable[[int], int]], x: int) -> list[int]:
    return [f(x) for f in fs]


def not_implemented_yet(x: int) -> int: ...


s: Stack[int] = Stack()
for i in range(5):
    s.push(i * i)
print(len(s), s.peek(), list(s), s.pop(), s.pop(), len(s))
empty: Stack[str] = Stack()
print(empty.peek())
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
p = Pair("answer", 42)
print(p, p.swap(), p.swap().swap().key)
print(round(total_area([Rect(2, 3), Circle(1.5), Rect(0.5, 4)]), 4))
print(apply_all([lambda v: v + 1, lambda v: v * v, abs], -7))
n = cast(int, "not really an int")
print(n, type(n).__name__)
print(T, K, repr(V), T.__name__)
print(not_implemented_yet(3))
print([c.__name__ for c in Stack.__mro__], [c.__name__ for c in SupportsArea.__mro__])

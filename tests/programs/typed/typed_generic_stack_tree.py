from __future__ import annotations
from dataclasses import dataclass, field
from typing import Callable, Generic, Iterator, Optional, Protocol, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")


class Comparable(Protocol):
    def __lt__(self, other: object) -> bool: ...


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


@dataclass
class Node(Generic[T]):
    value: T
    children: list[Node[T]] = field(default_factory=list)

    def add(self, value: T) -> Node[T]:
        child = Node(value)
        self.children.append(child)
        return child

    def walk(self, depth: int = 0) -> Iterator[tuple[int, T]]:
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)


def group_by(items: list[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    out: dict[K, list[T]] = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out


def first(items: list[T], pred: Callable[[T], bool]) -> Optional[T]:
    for x in items:
        if pred(x):
            return x
    return None


def parse_num(s: str) -> Union[int, float, None]:
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError:
            return None


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch {self.currency}/{other.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __str__(self) -> str:
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"


s: Stack[int] = Stack()
for i in range(5):
    s.push(i * i)
print(len(s), s.peek(), list(s), s.pop(), s.pop(), len(s))
e: Stack[str] = Stack()
print(e.peek())
try:
    e.pop()
except IndexError as ex:
    print("IndexError:", ex)
root: Node[str] = Node("root")
a = root.add("a")
a.add("a1").add("a1x")
root.add("b").add("b1")
for depth, v in root.walk():
    print("  " * depth + v)
print(root.children[1])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "kiwi"]
print(group_by(words, lambda w: w[0]), group_by(list(range(10)), lambda n: n % 3))
print(first(words, lambda w: len(w) > 6), first(words, lambda w: w.startswith("z")))
print([parse_num(x) for x in ["12", "3.5", "abc", "-7", "1e3", "inf"]])
m = Money(1050) + Money(295)
print(m, repr(m), m == Money(1345), hash(m) == hash(Money(1345)))
try:
    Money(1) + Money(1, "USD")
except ValueError as ex:
    print(ex)
try:
    m.cents = 5  # type: ignore
except Exception as ex:
    print(type(ex).__name__, ex)
totals: dict[str, float] = {}
for name, amt in [("x", 1.5), ("y", 2.25), ("x", 3.0)]:
    totals[name] = totals.get(name, 0.0) + amt
print(totals, sum(totals.values()))

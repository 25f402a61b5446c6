# A typed generic Registry and Pair built on typing.Generic and TypeVar.
from typing import Generic, TypeVar, Callable, Optional

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


class Pair(Generic[K, V]):
    def __init__(self, first: K, second: V) -> None:
        self.first = first
        self.second = second

    def swap(self) -> "Pair[V, K]":
        return Pair(self.second, self.first)

    def __repr__(self) -> str:
        return f"Pair({self.first!r}, {self.second!r})"


class Registry(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[str, T] = {}

    def add(self, key: str, item: T) -> None:
        if key in self._items:
            raise KeyError(f"duplicate key {key!r}")
        self._items[key] = item

    def get(self, key: str) -> Optional[T]:
        return self._items.get(key)

    def map(self, fn: Callable[[T], V]) -> "Registry[V]":
        out: Registry[V] = Registry()
        for k, v in self._items.items():
            out.add(k, fn(v))
        return out

    def __len__(self) -> int:
        return len(self._items)

    def items(self) -> list[tuple[str, T]]:
        return list(self._items.items())


p = Pair("x", 1)
print(p, p.swap(), p.swap().swap().first)
r: Registry[int] = Registry()
for i, name in enumerate(["one", "two", "three"], 1):
    r.add(name, i)
print(len(r), r.get("two"), r.get("four"))
squares = r.map(lambda v: v * v)
print(squares.items())
labels = r.map(lambda v: "#" * v)
print(labels.items())
try:
    r.add("one", 9)
except KeyError as e:
    print("KeyError:", e)

# Generic typed containers with TypeVar: Stack[T], a typed priority queue, and typed helpers.
from typing import Generic, TypeVar, Callable, Iterator
import heapq

T = TypeVar("T")
U = TypeVar("U")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


class PriorityQueue(Generic[T]):
    def __init__(self) -> None:
        self._heap: list[tuple[int, int, T]] = []
        self._seq = 0

    def push(self, priority: int, item: T) -> None:
        heapq.heappush(self._heap, (priority, self._seq, item))
        self._seq += 1

    def pop(self) -> T:
        return heapq.heappop(self._heap)[2]

    def __bool__(self) -> bool:
        return bool(self._heap)


def map_list(f: Callable[[T], U], xs: list[T]) -> list[U]:
    return [f(x) for x in xs]


def first_where(pred: Callable[[T], bool], xs: list[T]) -> T | None:
    for x in xs:
        if pred(x):
            return x
    return None


s: Stack[str] = Stack()
for w in "to be or not".split():
    s.push(w)
print(len(s), list(s), s.pop(), s.pop(), len(s))
pq: PriorityQueue[str] = PriorityQueue()
for prio, task in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.push(prio, task)
order: list[str] = []
while pq:
    order.append(pq.pop())
print(order)
print(map_list(len, ["a", "bb", "ccc"]), first_where(lambda n: n > 3, [1, 5, 2, 7]), first_where(str.isupper, ["a"]))
try:
    Stack[int]().pop()
except IndexError as e:
    print("IndexError:", e)

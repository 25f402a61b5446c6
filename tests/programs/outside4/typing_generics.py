from typing import TypeVar, Generic, Iterator, Callable, Protocol, Dict, List, Tuple, Union, Any, overload
T = TypeVar("T")
K = TypeVar("K")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []
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
    def __repr__(self) -> str:
        return f"Stack({self._items!r})"
s: Stack[int] = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), list(s), s.pop(), s)
class Cache(Generic[K, T]):
    def __init__(self, loader: Callable[[K], T], cap: int = 3):
        self.loader, self.cap = loader, cap
        self.data: Dict[K, T] = {}
        self.order: List[K] = []
        self.misses = 0
    def get(self, k: K) -> T:
        if k in self.data:
            self.order.remove(k)
            self.order.append(k)
            return self.data[k]
        self.misses += 1
        v = self.loader(k)
        self.data[k] = v
        self.order.append(k)
        if len(self.order) > self.cap:
            old = self.order.pop(0)
            del self.data[old]
        return v
c: Cache[str, int] = Cache(len, 2)
print([c.get(w) for w in ["a", "bb", "a", "ccc", "bb", "a"]], c.misses, c.order)
class Greeter(Protocol):
    def greet(self, name: str) -> str: ...
class En:
    def greet(self, name: str) -> str:
        return f"Hello {name}"
class Fr:
    def greet(self, name: str) -> str:
        return f"Bonjour {name}"
def greet_all(gs: List[Greeter], name: str) -> List[str]:
    return [g.greet(name) for g in gs]
print(greet_all([En(), Fr()], "Ada"))
def first(xs: List[T], default: Union[T, None] = None) -> Union[T, None]:
    return xs[0] if xs else default
print(first([3, 4]), first([]), first([], "d"))
Pair = Tuple[int, str]
def mk(n: int) -> Pair:
    return (n, str(n) * n)
print(mk(3))
def apply(f: Callable[..., Any], *args: Any, **kw: Any) -> Any:
    return f(*args, **kw)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True))
def total(xs: "list[float]") -> float:
    acc: float = 0
    for x in xs:
        acc += x
    return acc
print(total([1, 2.5, 3]), total([]), type(total([1, 2])).__name__)
def count_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts
print(count_words("a b a c b a"))
x: int = 5
y: float = x / 2
z: list[int] = [x, x + 1]
print(x, y, z, int(y), y.is_integer(), (4.0).is_integer())
def scale(v: float, k: int = 2) -> float:
    return v * k
print(scale(3), scale(1.5), scale(2, 3), type(scale(3)).__name__)
n: int = 7
n = n / 2
print(n)
class Tree(Generic[T]):
    def __init__(self, v: T, kids: "list[Tree[T]] | None" = None):
        self.v, self.kids = v, kids or []
    def walk(self) -> Iterator[T]:
        yield self.v
        for k in self.kids:
            yield from k.walk()
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t.walk()), sum(t.walk()))

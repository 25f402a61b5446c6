from typing import TypeVar, Generic, Protocol, Callable, Iterator, Iterable, overload, Union, Optional, Any, Literal, Final, cast, TYPE_CHECKING
import itertools
T = TypeVar("T")
K = TypeVar("K", bound="Comparable")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self) -> str:
        return f"Stack({self.items})"

class Greeter(Protocol):
    def greet(self, name: str) -> str: ...

class English:
    def greet(self, name: str) -> str:
        return "Hello " + name

def welcome(g: Greeter, who: str) -> str:
    return g.greet(who)

def apply(f: Callable[[int], int], xs: Iterable[int]) -> list[int]:
    return [f(x) for x in xs]

def chunks(xs: list[T], n: int) -> Iterator[list[T]]:
    for i in range(0, len(xs), n):
        yield xs[i:i + n]

MAX: Final = 10
Mode = Literal["r", "w"]
def open_mode(m: Mode) -> str: return m.upper()

s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s, s.pop(), welcome(English(), "Ann"), apply(lambda x: x * x, range(5)), list(chunks(list(range(7)), 3)))
print(open_mode("r"), MAX, cast(int, "x"), Stack[int], Optional[int], Union[int, str], TYPE_CHECKING)
print(Stack.__mro__[1:], T, K.__bound__ if hasattr(K, "__bound__") else None)

class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def depth(self):
        return 1 + max((k.depth() for k in self.kids), default=0)
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), t.depth(), sum(t), sorted(t, reverse=True), 4 in t)

def take(n, it): return list(itertools.islice(it, n))
def naturals():
    n = 0
    while True:
        yield n; n += 1
evens = (x for x in naturals() if x % 2 == 0)
print(take(5, evens), take(3, evens))
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)): yield from flatten(i)
        else: yield i
print(list(flatten([1, [2, (3, [4, 5])], 6])))
def echo():
    r = yield "ready"
    while r is not None:
        r = yield r.upper()
e = echo(); print(next(e), e.send("a"), e.send("bc"))
def gen_ret():
    yield 1
    return "done"
def deleg():
    r = yield from gen_ret()
    yield r
print(list(deleg()))
it = iter([1, 2, 3]); print(next(it), list(it), next(it, "dflt"))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n + 1
print(list(Countdown(3)), list(zip(Countdown(3), "abc")), dict(zip("ab", Countdown(5))))
print(list(map(str.upper, ["a", "b"])), list(filter(None, [0, 1, "", "x", None])), list(reversed(range(0, 10, 3))))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), min([(2, "b"), (1, "z")]), max("hello"))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.product("ab", repeat=2)), list(itertools.compress("abc", [1, 0, 1])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.filterfalse(str.isdigit, "a1b2")))
a, b = itertools.tee([1, 2, 3]); print(list(a), list(b), list(itertools.repeat("x", 3)))
print([(k, list(g)) for k, g in itertools.groupby(sorted("mississippi"))])

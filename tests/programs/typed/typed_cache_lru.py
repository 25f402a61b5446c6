# Annotated LRU cache using OrderedDict and Optional return types, with a typed memoize helper.
from collections import OrderedDict
from typing import Callable, Generic, Hashable, Optional, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: "OrderedDict[K, V]" = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: K) -> Optional[V]:
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key: K, value: V) -> None:
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)


def memoize(cache: LRU[int, int]) -> Callable[[Callable[[int], int]], Callable[[int], int]]:
    def deco(fn: Callable[[int], int]) -> Callable[[int], int]:
        def wrapper(n: int) -> int:
            hit = cache.get(n)
            if hit is not None:
                return hit
            value = fn(n)
            cache.put(n, value)
            return value
        return wrapper
    return deco


cache: LRU[int, int] = LRU(64)


@memoize(cache)
def stairs(n: int) -> int:
    if n <= 2:
        return n
    return stairs(n - 1) + stairs(n - 2) + stairs(n - 3)


print([stairs(n) for n in range(1, 16)])
print(stairs(60), cache.hits, cache.misses, len(cache.data))
small: LRU[str, str] = LRU(2)
small.put("a", "A")
small.put("b", "B")
small.get("a")
small.put("c", "C")
print(list(small.data.items()), small.get("b"))

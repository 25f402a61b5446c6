from collections import OrderedDict
import functools


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        evicted = None
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
        return evicted

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    print("put", k, c.put(k, v))
print(c, len(c))
print(c.get("a"), c.get("zz", -1))
print("put d evicts", c.put("d", 4))
print("put b again", c.put("b", 20), c)
print("b" in c, "c" in c, c.hits, c.misses)
try:
    LRUCache(0)
except ValueError as e:
    print("error:", e)

calls = []


@functools.lru_cache(maxsize=4)
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 5, 1, 2, 6, 2]:
    slow_square(n)
print("calls:", calls)
info = slow_square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
slow_square.cache_clear()
print(slow_square.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())


@functools.cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print([paths(i, i) for i in range(12)])
print(paths(40, 40))

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict([("a", None), ("c", None), ("d", None)]), od == {"d": None, "c": None, "a": None})
print(OrderedDict([("x", 1), ("y", 2)]))

# OrderedDict as an LRU cache and as an ordered log; equality semantics vs dict; reversed iteration.
from collections import OrderedDict


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            evicted = self.popitem(last=False)
            print("  evict", evicted)


cache = LRU(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "put e 5", "get c", "get d"]:
    parts = op.split()
    if parts[0] == "put":
        cache.put(parts[1], int(parts[2]))
    else:
        print(op, "->", cache.get(parts[1]))
print(list(cache.items()))
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"y": 2, "x": 1}, list(reversed(o1)))
d = {"b": 1, "a": 2}
d["c"] = 3
del d["b"]
d["b"] = 4
print(list(d), list(reversed(d)), d)

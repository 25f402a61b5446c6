# Snippet for the 'collections' adapter.
import collections
from collections import Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap

c = collections.Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements()), c.total())
c.update("aab")
c.subtract({"a": 10})
print(c, Counter([1, 1, 2]) + Counter([2, 3]), Counter(a=3) - Counter(a=1, b=1))
dd = collections.defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dd, dd.default_factory is list, defaultdict(int)["missing"], dict(dd))
q = collections.deque([1, 2, 3], maxlen=4)
q.append(4)
q.append(5)
q.appendleft(0)
print(q, q.maxlen, q.popleft(), q.pop(), q)
q.extend([7, 8])
q.extendleft([9])
q.rotate(1)
print(q, q.count(7), q.index(7), len(q))
q.remove(7)
q.insert(1, 6)
q.reverse()
r = q.copy()
q.clear()
print(q, r, deque("abc"), deque(maxlen=2))
od = collections.OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od, OrderedDict(x=1) == OrderedDict(x=1))
Point = collections.namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p._replace(x=5), p._asdict(), Point._fields, namedtuple("T", "a b")(1, b=0))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm["a"], cm["b"], sorted(cm), len(cm), cm.maps, ChainMap().maps)
try:
    collections.deque().pop()
except IndexError as e:
    print("IndexError:", e)

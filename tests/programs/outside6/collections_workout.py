from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, namedtuple

od = OrderedDict()
for k in "banana":
    od[k] = od.get(k, 0) + 1
od.move_to_end("b")
od.move_to_end("n", last=False)
print(od, list(od.keys()), od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2))

graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]:
    graph[a].append(b)
    graph[b]
print(dict(graph), len(graph), "zz" in graph)
nested = defaultdict(lambda: defaultdict(int))
for word in "the cat sat on the mat the end".split():
    nested[len(word)][word] += 1
print({k: dict(v) for k, v in sorted(nested.items())})

c = Counter("abracadabra")
d = Counter("alakazam")
print(c.most_common(3), c + d, c - d, c & d, c | d)
print(sorted(c.elements())[:8], c.total() if hasattr(c, "total") else sum(c.values()), c["zzz"])
c.update({"a": -10, "q": 2})
c.subtract("rr")
print(c, +c, -c)
print(Counter(x % 3 for x in range(10)).most_common(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))

dq = deque(range(5), maxlen=7)
dq.rotate(2)
print(dq)
dq.extendleft([10, 11, 12])
print(dq, dq.maxlen)
dq.append(99)
print(dq, dq.popleft(), dq.pop(), dq.count(1), dq.index(3))
dq.rotate(-3)
print(list(dq), dq[0], dq[-1], len(dq))
dq.remove(3)
dq.insert(1, "x")
print(dq, deque(reversed(dq)))

defaults = {"color": "red", "size": "M", "qty": 1}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["size"], cm["color"], len(cm), sorted(cm), dict(cm))
cm["qty"] = 5
child = cm.new_child({"color": "blue"})
print(user, child["color"], child.parents["color"], child.maps[0])

Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p._replace(y=4), p._asdict(), Point._fields, Point._field_defaults, Point._make([5, 6]))
x, y = Point(7, 8)
print(x + y, Point(1, 2) < Point(1, 3), p.count(3), p.index(0))
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

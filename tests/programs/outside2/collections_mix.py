from collections import Counter, deque, defaultdict, OrderedDict, namedtuple, ChainMap

text = "the quick brown fox jumps over the lazy dog the fox"
c = Counter(text.split())
print(c.most_common(3), c["the"], c["missing"], sum(c.values()))
c2 = Counter("abracadabra")
print(sorted(c2.items()), c2.most_common(2))
print(c2 + Counter("aab"), c2 - Counter("aaaaaaaa"), c2 & Counter("aaz"), c2 | Counter("zz"))
c2.update("zzz")
c2.subtract({"a": 2})
print(c2["z"], c2["a"], list(c2.elements())[:6], Counter(a=3, b=1).total())

dq = deque(range(5), maxlen=7)
dq.appendleft(-1)
dq.extend([5, 6, 7])
print(dq, dq.maxlen, dq[0], dq[-1])
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, dq.popleft(), dq.pop(), len(dq), dq.count(3), 3 in dq)
dq2 = deque("abc")
dq2.extendleft("xy")
print(dq2, list(reversed(dq2)), dq2.index("a"))

graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]:
    graph[a].append(b)
    graph[b]
print(dict(graph))
counts = defaultdict(int)
for w in text.split():
    counts[len(w)] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(set))
nested["x"]["y"].add(1)
print({k: dict(v) for k, v in nested.items()})

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od.keys()))
od.move_to_end("c", last=False)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

Point = namedtuple("Point", "x y")
Point3 = namedtuple("Point3", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
q = p._replace(y=5)
print(p, q, p.x + q.y, p._asdict(), Point._fields, Point3(1, 2), Point3._make([4, 5, 6]))
x, y = p
print(x, y, p == (1, 2), p[1], len(p), isinstance(p, tuple))


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print(Vec(3, 4) + Vec(1, 1), Vec(3, 4).norm)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm))
cm2 = cm.new_child({"c": 4})
print(cm2["c"], cm2.maps[1:])


def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order


print(bfs("a"))

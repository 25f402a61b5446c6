from collections import Counter, defaultdict, namedtuple, deque, ChainMap

text = "the rain in spain falls mainly on the plain in spain"
c = Counter(text.split())
print(c.most_common(3), c["spain"], c["nothing"])
print(Counter("abracadabra").most_common())
print(Counter("mississippi").most_common(2))
c2 = Counter(a=3, b=1, c=-2)
c3 = Counter(a=1, b=2, d=5)
print(c2 + c3, c2 - c3, c2 & c3, c2 | c3)
c2.update({"a": 10, "z": 1})
c2.subtract(["b", "b"])
print(c2, sorted(c2.elements()), c2.total(), +c2, -c2)
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), list(Counter("cab").keys()))

groups = defaultdict(list)
for w in text.split():
    groups[w[0]].append(w)
print(dict(groups))
print(groups["x"], "x" in groups, len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(set))
nested["a"]["b"].add(1)
nested["a"]["c"].add(2)
nested["a"]["b"].add(3)
print({k: {kk: sorted(vv) for kk, vv in v.items()} for k, v in nested.items()})
print(repr(defaultdict(int, {"q": 1})))

Point = namedtuple("Point", "x y")
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[50000])
p = Point(3, 4)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(y=10), Point._fields, Point._make([7, 8]))
e = Emp("ann", "eng")
print(e, e.salary, Emp._field_defaults, e._replace(salary=1) < e, tuple(e), len(e))
x, y = p
print(x, y, p == (3, 4), hash(p) == hash((3, 4)), isinstance(p, tuple))
try:
    p.x = 5
except AttributeError as ex:
    print("AttributeError:", ex)

d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1])
d.appendleft(0)
d.extend([7, 8])
d.extendleft("ab")
print(d, d.popleft(), d.pop(), len(d), d.count(1), d.index(3))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(list(bounded), end=" ")
print(bounded.maxlen, bounded)
bounded.appendleft(99)
print(bounded)
d.reverse()
print(d, list(reversed(d)), 3 in d)
d.remove(3)
d.clear()
print(d, bool(d))
try:
    deque().pop()
except IndexError as ex:
    print("IndexError:", ex)

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), cm.get("nope", "-"))
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"], dict(child) == {"color": "blue", "user": "admin"})

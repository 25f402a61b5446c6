"""Dict and set heavy workload: word indexes, joins, set algebra, dict views and ordering."""
import random
from collections import Counter, OrderedDict, defaultdict, ChainMap

rng = random.Random(99)
vocab = ["w%03d" % i for i in range(300)]
docs = [[rng.choice(vocab) for _ in range(rng.randint(20, 60))] for _ in range(200)]

index = {}
for di, doc in enumerate(docs):
    for pos, w in enumerate(doc):
        index.setdefault(w, {}).setdefault(di, []).append(pos)
print(len(index), sum(len(v) for v in index.values()))
common = set(docs[0]) & set(docs[1])
union = set(docs[0]) | set(docs[1])
print(len(common), len(union), len(set(docs[0]) ^ set(docs[1])), len(set(docs[0]) - set(docs[1])))
print(sorted(common)[:6])
freq = Counter(w for d in docs for w in d)
print(freq.most_common(5), freq["w000"], freq["nope"])
c2 = Counter(docs[0])
c3 = Counter(docs[1])
print(sorted((c2 + c3).items())[:3], sorted((c2 - c3).items())[:3], sorted((c2 & c3).items())[:3])
pairs = defaultdict(int)
for d in docs:
    for a, b in zip(d, d[1:]):
        if a < b:
            pairs[(a, b)] += 1
print(max(pairs.items(), key=lambda kv: (kv[1], kv[0])), len(pairs))

users = {i: {"name": f"user{i}", "dept": i % 7} for i in range(1000)}
depts = {d: f"dept-{d}" for d in range(7)}
joined = {u["name"]: depts[u["dept"]] for u in users.values() if u["dept"] in depts}
print(len(joined), joined["user42"], list(joined.items())[-2:])
inverse = {}
for name, dept in joined.items():
    inverse.setdefault(dept, set()).add(name)
print({k: len(v) for k, v in sorted(inverse.items())})

d = dict.fromkeys("abcdef", 0)
d.update(b=2, z=26)
d |= {"a": 1}
print(d, d.pop("c"), d.popitem(), list(d.keys()), "z" in d, d.get("q", -1))
ks = d.keys()
print(sorted(ks & {"a", "b", "x"}), ks | {"x"} == {"a", "b", "d", "e", "z", "x"}, sorted(ks - {"a"}))
print(list(reversed(d)), list(d.values()), list(d.items())[0])
od = OrderedDict((str(i), i) for i in range(5))
od.move_to_end("1")
od.move_to_end("3", last=False)
print(od, od.popitem(last=False), list(od))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm.items()))
s = set()
for i in range(5000):
    s.add(i * 7919 % 1000)
print(len(s), min(s), max(s), sum(s))
fs = frozenset(range(10))
print({fs: "frozen"}[frozenset(range(10))], fs.issuperset({1, 2}), fs.isdisjoint({20}), {1, 2} <= fs, {1, 2} < {1, 2})
dd = {}
for i in range(30000):
    dd[i % 997] = dd.get(i % 997, 0) + i
for k in list(dd):
    if k % 3:
        del dd[k]
print(len(dd), sum(dd.values()), next(iter(dd)), list(dd)[-1])
nested = {"a": {"b": {"c": 1}}}
print(nested, {**nested, "x": 2}, dict(sorted({"b": 1, "a": 2}.items())), dict(zip("ab", range(2))))
try:
    for k in dd:
        dd[k + 100000] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
print({1: "a", True: "b", 1.0: "c"}, {0, False, 0.0}, {(1, 2): 3}[(1, 2)], hash(1) == hash(1.0))

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.isdisjoint({9}), a.issuperset({1, 2}))
a |= {10}
a -= {1}
a &= {2, 3, 10, 11}
a ^= {2, 99}
print(sorted(a), len(a), 99 in a)
s = set("mississippi")
print(sorted(s), s.pop() in "misp", frozenset([1, 2]) == {1, 2}, hash(frozenset()) == hash(frozenset()))
s2 = {x % 5 for x in range(20)}
s2.discard(0)
s2.discard(42)
try:
    s2.remove(42)
except KeyError as e:
    print("KeyError", e)
print(s2, s2.union([7], (8,)), s2.intersection(range(3)), s2.difference({1}), s2.symmetric_difference({1, 9}))
print(set(), frozenset(), {frozenset({1}): "x"}, sorted({(1, 2), (0, 5)}))
d = {"a": 1, "b": 2}
d2 = d | {"c": 3, "a": 0}
d |= {"z": 26}
print(d2, d, d.keys() & {"a", "q"}, sorted(d.keys() - {"a"}), list(d.items())[-1])
print(d.setdefault("a", 5), d.setdefault("n", []), d.pop("n"), d.pop("missing", "dflt"), d.get("b"), d.get("q", 0))
print(dict.fromkeys("abc", 0), dict(zip("xy", (1, 2))), dict([("k", "v")], extra=1), {k: v for k, v in [(1, 2)]})
inv = {v: k for k, v in d.items()}
print(inv, len(inv), list(reversed(d)), next(iter(d)))
d.update([("b", 20)], c=30)
print(d, d.popitem(), d)
del d["a"]
print("a" in d, d, d == {"b": 20, "c": 30} or d)
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, str(nested) == repr(nested))
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts.items(), key=lambda kv: kv[1]))
dd = dict(sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
print(list(dd)[:3], {**dd, "l": 0}["l"])
keys = list(d.keys())
vals = d.values()
d["new"] = 1
print(keys, list(vals), len(vals))
try:
    for k in d:
        d["another"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(d == dict(d), d is not dict(d), {1: "a"} == {1.0: "a"}, {True: 1, 1: 2})
grid = {(r, c): r * c for r in range(3) for c in range(3)}
print(grid[2, 2], sum(grid.values()), [k for k, v in grid.items() if v == 2])

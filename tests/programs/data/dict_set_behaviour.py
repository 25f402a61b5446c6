"""Dict and set semantics: ordering, views, mutation during iteration, merging, comprehension scoping."""
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
del d["a"]
d["a"] = 4
print(d, list(d), list(d.values()), list(d.items())[0])
keys = d.keys()
d["z"] = 26
print(keys, "z" in keys, sorted(keys & {"a", "q"}), sorted(keys - {"b"}), len(keys))
print(d | {"b": 0, "new": 1}, {**d, "c": None}, dict(zip("xyz", range(3))), dict.fromkeys("ab", 0))
m = dict(d)
m.update(b=5, q=6)
m.update([("r", 7)])
print(m, m.pop("q"), m.pop("nope", "dflt"), m.setdefault("s", []), m.popitem(), m)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    m.pop("missing")
except KeyError as e:
    print("KeyError:", e, repr(e))
s = {3, 1, 2}
s.add(10)
s.discard(99)
print(sorted(s), {1, 2} | {3}, {1, 2, 3} & {2, 3, 4}, {1, 2} ^ {2, 5}, {1, 2, 3} - {1}, {1} <= {1, 2}, {1, 2} > {1})
print(set(range(5)), frozenset([1, 2, 2]), set(), {frozenset({1}): "fs"}, set("aab") == {"a", "b"})
print({1, 2, 3}.isdisjoint({4}), {1: 1} == {1: 1.0}, {True: "t", 1: "one"}, {0.0: "z", 0: "int"})
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = [1, 2]
print(nested, nested.get("x", {}).get("y"), sorted({"b": 1, "a": 2}, key=lambda k: -len(k)))
x = 10
squares = {x: x * x for x in range(4)}
print(squares, x, {v: k for k, v in squares.items()}, {k for k in "hello"} == set("helo"))
inv = {}
for k, v in [("a", 1), ("b", 2), ("c", 1)]:
    inv.setdefault(v, []).append(k)
print(inv, sorted(inv.items(), reverse=True), max(inv, key=lambda k: len(inv[k])))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True), min(counts.items(), key=lambda kv: kv[1]))
print(list(reversed(d)), list(reversed(d.items()))[:2], {}.get(1), dict(a=1) == {"a": 1}, repr({}), repr(set()))

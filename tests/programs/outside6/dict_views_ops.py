a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
print(a | b, b | a, {**a, **b})
c = dict(a)
c |= b
c |= [("q", 9)]
print(c)
print(a.keys() & b.keys(), a.keys() | b.keys() == {"x", "y", "z", "w"}, a.keys() - b.keys() == {"x", "z"}, a.keys() ^ b.keys() == {"x", "z", "w"})
print(a.items() & {("x", 1), ("y", 3)}, ("x", 1) in a.items(), 2 in a.values(), "x" in a.keys())
ks = a.keys()
vs = a.values()
a["new"] = 0
print(ks, vs, len(ks), list(reversed(a)), list(reversed(a.values())))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), []), dict(zip("ab", [1, 2]), c=3))
d = {}
print(d.setdefault("k", []), d, d.setdefault("k", [1]), d.pop("k"), d.pop("k", "dflt"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    for k in a:
        if k == "y":
            del a[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(a)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv, sorted(inv.items(), key=lambda kv: kv[1]))
counts = {}
for w in "to be or not to be that is".split():
    counts[w] = counts.get(w, 0) + 1
print(max(counts, key=counts.get), sorted(counts, key=lambda w: (-counts[w], w)))
m = {1: "int", 1.0: "float", True: "bool"}
print(m, len(m))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("z", {}).get("b"), {k: v for k, v in sorted({"b": 2, "a": 1}.items())})
print(a == {"x": 1, "z": 3, "new": 0}, a != b, list(a.items())[0], a.popitem(), a)
e = {"k": 1}
e.update(k=2, j=3)
e.update([("m", 4)])
print(e, e.copy() is e, e.get("nope"), sorted(e.values()), {} == dict(), dict(e) == e)
try:
    {}["x"]
except KeyError as ex:
    print(repr(ex))
try:
    {[1]: 2}
except TypeError as ex:
    print("TypeError:", ex)
print(str({"q": "it's", 'd': "say \"hi\""}), repr({(1, 2): {3}}), {1: None}.__len__())

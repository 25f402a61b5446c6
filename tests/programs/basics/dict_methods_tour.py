# A tour of dict operations: views, get/setdefault/pop/popitem, update forms, merge operators,
# fromkeys, iteration order, deletion during iteration pitfalls, comparisons.
d = {"b": 2, "a": 1}
d["c"] = 3
d["a"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.setdefault("a", 99), d)
print(d.pop("e"), d.pop("zz", "default"), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, len(d))
print(d.popitem(), d)
merged = d | {"a": -1, "new": 0}
d |= {"b": 20}
print(merged, d)
keys = d.keys()
d["late"] = 1
print(keys, "late" in keys, keys & {"a", "q"} == {"a"}, sorted(keys - {"a"}))
print(dict.fromkeys("abc", 0), dict.fromkeys(range(3)), dict(zip("xy", [1, 2])), dict(a=1, b=2))
inverted = {v: k for k, v in {"one": 1, "uno": 1, "two": 2}.items()}
print(inverted)
try:
    for k in d:
        if k == "a":
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(d):
    if k.startswith("l"):
        del d[k]
print(d)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {"k": [1]} == {"k": [1]}, {} == dict())
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"), len(nested["a"]))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
print({(1, 2): "tuple key", 3.0: "float", True: "bool overwrites 1?", 1: "int"})

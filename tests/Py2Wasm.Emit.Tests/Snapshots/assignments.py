def pair():
    return 1, 2


a, b = pair()
a, b = b, a
first, *rest = [1, 2, 3]
(x, y), z = (a, b), 3
x = y = 0
for k, v in {"one": 1}.items():
    print(k, v)
counts = {}
counts["n"] = counts.get("n", 0) + 1
counts["n"] += 1
if (n := len(rest)) > 1:
    print(n)
del counts["n"]
print(a, b, first, rest, x, y, z, counts)

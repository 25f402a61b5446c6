# Unpacking: tuple/list targets, nested, starred in assignments/loops/calls/literals, swap, dict **.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
first, *rest = "hello"
*init, last = [1, 2, 3, 4]
head, *middle, tail = range(6)
print(x, y, z, first, rest, init, last, head, middle, tail)
[p, [q, r]] = [1, [2, 3]]
print(p, q, r)
for i, (name, (lo, hi)) in enumerate([("a", (0, 1)), ("b", (2, 5))]):
    print(i, name, hi - lo)
for k, *vals in [("x", 1, 2), ("y",), ("z", 3)]:
    print(k, vals)
merged = [*range(3), *"ab", *(9,)]
s = {*[1, 2], *{2, 3}}
d = {**{"a": 1, "b": 2}, "b": 20, **dict(c=3)}
print(merged, sorted(s), d)


def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw


print(f(*[1, 2]), f(*"xyz", 4), f(1, *[2, 3], *[4], k=1, **{"m": 2}))
n = 0
values = [10, 20, 30]
n, values[n] = 1, 99
print(n, values)
t = 1,
print(t, type(t).__name__, (1), ())
(single,) = [42]
print(single)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = "ab"
except ValueError as e:
    print("ValueError:", e)

"""Tuple/list unpacking micro-benchmark in the style of pyperformance unpack_sequence."""


def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + b + c + d + e + f + g + h + i + j
    return s


def star_unpacking(items):
    out = []
    for it in items:
        first, *middle, last = it
        out.append((first, len(middle), last))
    head, *tail = out
    *init, final = out
    return head, len(tail), len(init), final


def nested(points):
    total = 0
    for (x, y), (dx, dy), name in points:
        total += x * dx + y * dy + len(name)
    return total


def swaps(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b, c = c, a, b
        a, b = b, a
    return a, b, c


tup = tuple(range(10))
lst = list(range(10, 20))
print(do_unpacking(20000, tup), do_unpacking(20000, lst))
print(star_unpacking([tuple(range(k, k + 2 + k % 5)) for k in range(30)]))
pts = [((i, i + 1), (i % 3, i % 5), "p" * (i % 4)) for i in range(1000)]
print(nested(pts))
print(swaps(10001), swaps(10000))
d = {"a": 1, "b": 2, "c": 3}
(k1, v1), (k2, v2), *rest = d.items()
print(k1, v1, k2, v2, rest)
x, (y, *z), w = 1, "abc", [4]
print(x, y, z, w)
for i, (a, b) in enumerate(zip("xyz", range(3)), start=1):
    print(i, a, b, end="; ")
print()
try:
    a, b = [1, 2, 3]
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, b, c = (1, 2)
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, *b, c = [1]
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, b = 5
except TypeError as exc:
    print("TypeError:", exc)
m = [[1, 2], [3, 4]]
m[0][0], m[1][1] = m[1][1], m[0][0]
print(m)

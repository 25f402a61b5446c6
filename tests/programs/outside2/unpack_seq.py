def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += b * i
    return s


print(do_unpacking(1000, tuple(range(10))))
print(do_unpacking(1000, list(range(10, 20))))
first, *middle, last = range(8)
print(first, middle, last)
(a, b), [c, *d] = (1, 2), "xyz"
print(a, b, c, d)
head, *tail = "hello"
print(head, tail)
x = y = z = [1, 2]
x += [3]
print(x, y, z, x is z)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
try:
    p, q = [1, 2, 3]
except ValueError as exc:
    print("ValueError:", exc)
try:
    p, q, r = [1, 2]
except ValueError as exc:
    print("ValueError:", exc)
try:
    p, *q, r = [1]
except ValueError as exc:
    print("ValueError:", exc)
m = {"k": (1, [2, 3])}
for key, (one, (two, three)) in m.items():
    print(key, one, two, three)
a, b = b, a
print(a, b)
lst = [0] * 5
i = 0
i, lst[i] = 2, 9
print(i, lst)
*init, = (4, 5)
print(init)
print([*range(3), *"ab", *{"z": 1}])
print({**{"a": 1}, "b": 2, **dict(c=3)})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))

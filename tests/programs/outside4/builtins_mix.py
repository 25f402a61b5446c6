print([0.1, 1e-05, 1e+16, 1e16 + 1, -0.0, 2.5e-310, 1.7976931348623157e308, 123456789.0, 0.30000000000000004])
print(str(1.0), repr(100.0), 1e22, 1e21, 12345678901234567890.0, 0.000123, float("1e500"), -float("inf"))
print(int("1_000"), float("  3.5 "), int(" -12 "), float("-.5"), complex(1, -2), (1 + 2j) * (3 - 1j), abs(3 + 4j))
print(divmod(7.5, -2), 7.5 // -2, 7.5 % -2, -7.5 % 2, 2 ** 0.5, (-8) ** (1 / 3) if False else "", pow(2, 10), pow(2.0, -1))
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(1.25, 1), round(1.35, 1), round(10.0), type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(enumerate("abc", start=1)), list(reversed({"a": 1, "b": 2})))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
d1 = {"a": 1, "b": 2}; d2 = {"b": 3, "c": 4}
print(d1 | d2, d2 | d1, {**d1, **d2, "z": 0})
d1 |= {"q": 9}
print(d1, d1.keys() & d2.keys(), d1.keys() - {"a"}, d1.items() & {("a", 1)}, list(d1.values()))
d = {i: i * i for i in range(6)}
del d[2]; d[2] = 99; d.pop(0)
print(d, list(d), d.get(7, "none"), d.setdefault(8, 64), d)
print({3, 1, 2}, {10, 5, 100, 1}, frozenset([3, 1]), {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} ^ {2, 3}, {1, 2}.isdisjoint({3}))
s = {5, 3, 8}
s.add(1); s.discard(100); s.remove(3)
print(sorted(s), s.pop() in {1, 5, 8}, len(s), set(), frozenset(), {frozenset({1}): "x"})
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2] < "ab"
except TypeError as e:
    print("TypeError", e)
print(sorted([(2, "b"), (1, "z"), (2, "a")], reverse=True), sorted("bca", key=str.upper), sorted([3, -1, -2], key=abs))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1)]
print(sorted(recs, key=lambda r: r[1]), min(recs, key=lambda r: r[1]), max(recs, key=lambda r: r[1]))
print(all([]), any([]), all([1, 0]), any([0, None, "x"]), sum([[1], [2]], []), sum((0.1, 0.2)), sum([1, 2], 10))
print(isinstance(True, int), True + True, bool("False"), bool([]), None is None, type(None).__name__, 3 > 2 > 1, 1 < 3 > 2 == 2)
print(chr(65) * 3, ord("\n"), bin(5)[2:].zfill(8), f"{5:08b}", int("101", 2), hex(255), "%x" % 255, oct(8))
print(list(range(10, 0, -3)), range(5)[-1], range(0, 10, 2)[1:3], len(range(1, 100, 7)), 7 in range(1, 10, 3), list(range(-3)))
x = [1, 2, 3, 4, 5, 6]
x[1:3] = ["a"]; print(x)
x[::2] = [0, 0, 0]; print(x)
del x[-2:]; print(x, x.index(0), x.count(0))
x.insert(100, "end"); x.insert(-1, "pre"); print(x)
x.extend(range(2)); x.remove(0); print(x, x[::-1], x * 2 if len(x) < 4 else len(x))
nested = [[1, 2], [3, [4, 5]]]
import copy
c1 = copy.copy(nested); c2 = copy.deepcopy(nested)
nested[1][1].append(6)
print(c1, c2, nested == c1, nested is c1)
a = b = []
a.append(1)
print(a, b, a is b, [[]] * 2, [[0] * 2 for _ in range(2)])
print(max(3, 7, 5), min("hello"), max([], default=None), min([4, 2], default=0), abs(-7.5), pow(3, 3, 5), hash(1) == hash(1.0))
print(str(None), repr("it's"), repr('"'), str([None, True, "s", 1.0, (1,), {}]), repr(()), repr((1,)), repr(set()))
i = 10
def outer():
    global i
    i += 1
    def inner():
        nonlocal_val = i * 2
        return nonlocal_val
    return inner()
print(outer(), i)
for n in range(2, 20):
    for k in range(2, n):
        if n % k == 0:
            break
    else:
        print(n, end=" ")
print()
w = 0
while w < 3:
    w += 1
else:
    print("while-else", w)
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda: None)(), callable(len), callable(1))
print(getattr([], "append").__name__, type(len).__name__, type([].append).__name__, type(lambda: 0).__name__)

# Tuples and sets: immutability, packing, hashing, count/index, set operations on ints, frozenset,
# sorted output for string sets.
t = (3, 1, 4, 1, 5)
print(t, len(t), t[1:4], t[::-1], t.count(1), t.index(4), 5 in t, t + (9, 2), t * 2)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1,) == (1), tuple("abc"), tuple(range(3)))
point = 3, 4
x, y = point
print(x * y, max(point), sorted((2, 3, 1)), tuple(sorted((2, 3, 1))))
s = {3, 1, 4, 1, 5, 9, 2, 6}
print(s, len(s), 4 in s, min(s), max(s), sum(s))
s.add(7)
s.discard(100)
s.remove(1)
print(s)
evens = {n for n in range(10) if n % 2 == 0}
print(s & evens, s | evens, s - evens, s ^ evens, evens <= set(range(10)))
fs = frozenset([1, 2, 3])
print(fs, fs | {4}, type(fs | {4}).__name__, {fs: "ok"}[frozenset([3, 2, 1])])
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), sorted(w.upper() for w in words))
print(sorted({"b", "a"} | {"c"}), sorted({"x", "y"} & {"y", "z"}))
empty = set()
print(empty, len(empty), bool(empty), {} == set(), type({}).__name__)

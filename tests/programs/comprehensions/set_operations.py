# Set algebra on small integers and tuples (CPython iteration order of small-int sets is stable),
# frozensets as dict keys, and set methods.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {5}), a.difference({1}), a.symmetric_difference(range(3)))
print({1, 2} <= a, {1, 9} < a, a >= {2}, a.isdisjoint({8, 9}), a.issubset(range(10)))
c = set(range(0, 20, 3))
c.add(100)
c.discard(3)
c.discard(42)
c.remove(6)
print(sorted(c), len(c), 9 in c)
c.update([1, 2], (50,))
c -= {0}
c &= set(range(60))
print(sorted(c))
edges = {frozenset((1, 2)), frozenset((2, 1)), frozenset((2, 3))}
print(len(edges), sorted(tuple(sorted(e)) for e in edges))
memo = {frozenset({"x", "y"}): "xy"}
print(memo[frozenset(["y", "x"])])
try:
    c.remove(999)
except KeyError as e:
    print("KeyError", e)
s = {3, 1, 2}
print(s.pop() in {1, 2, 3}, len(s), sorted(s), set(), {(1, 2), (1, 2), (2, 1)} == {(1, 2), (2, 1)})
print(sorted({x % 5 for x in range(20)}), max({-1, -5}), sum({1, 2, 2, 3}))

# hash() of the built-in types whose hashes CPython does not randomise (numbers, tuples, frozensets),
# and the set/dict orders that follow from them.
from fractions import Fraction
from decimal import Decimal

numbers = [0, 1, -1, -2, 2**31, 2**61 - 1, 2**61, -(2**61), 2**64 + 5, -(2**100), 10**30,
           0.0, -0.0, 0.5, -1.5, 1e300, 1e-300, float("inf"), float("-inf"), 3.0, True, False]
for n in numbers:
    print(repr(n), hash(n))
print(hash(complex(1, 2)), hash(complex(0, -1)), hash(complex(3, 0)) == hash(3))
print(hash(Fraction(1, 3)), hash(Fraction(6, 3)) == hash(2), hash(Decimal("2.5")) == hash(2.5))

tuples = [(), (1,), (1, 2), (2, 1), (1, (2, 3)), ((1, 2), 3), (0.5, -1, True), tuple(range(20))]
for t in tuples:
    print(t, hash(t))

frozen = [frozenset(), frozenset([1]), frozenset([1, 2]), frozenset([1, 2, 3]), frozenset(range(10)),
          frozenset([(1, 2), (3, 4)]), frozenset([frozenset([1]), frozenset([2, 3])]), frozenset([-1, -2]),
          frozenset([1.5, 2**70])]
for f in frozen:
    print(sorted(f, key=repr), hash(f))

# Orders that depend on these hashes.
print({frozenset([i, i + 1]) for i in range(8)})
print({(i, -i) for i in range(10)})
print({x / 4 for x in range(-6, 7)})
print(set(range(40, 0, -3)) | {2**40, -7})
d = {}
for f in frozen:
    d[f] = len(f)
print(list(d.values()), frozenset([2, 1]) in d, d[frozenset([3, 2, 1])])

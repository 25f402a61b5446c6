"""itertools-heavy loops: permutations, combinations, product, groupby, accumulate, chain, etc."""
import itertools as it
import operator
from math import comb, factorial, perm

# TSP brute force on 7 cities
pts = [(0, 0), (3, 1), (6, 0), (7, 4), (4, 7), (1, 5), (2, 2)]


def dist(a, b):
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


best = None
for p in it.permutations(range(1, len(pts))):
    tour = (0,) + p
    d = sum(dist(pts[tour[i]], pts[tour[i - 1]]) for i in range(len(tour)))
    if best is None or d < best[0] - 1e-12:
        best = (d, tour)
print(round(best[0], 6), best[1])

# subset sum via combinations
nums = [3, 34, 4, 12, 5, 2, 27, 8, 19, 11]
hits = [c for r in range(1, 5) for c in it.combinations(nums, r) if sum(c) == 30]
print(len(hits), hits[:4])
print(sum(1 for _ in it.combinations_with_replacement("abcd", 3)), list(it.combinations_with_replacement([1, 2], 2)))
print(comb(10, 3), perm(6, 2), factorial(10), len(list(it.permutations("abcd", 2))))
dice = it.product(range(1, 7), repeat=3)
dist3 = {}
for roll in dice:
    dist3[sum(roll)] = dist3.get(sum(roll), 0) + 1
print(sorted(dist3.items())[:5], max(dist3, key=dist3.get))
print(list(it.product("ab", [0, 1])), list(it.islice(it.cycle("xyz"), 7)), list(it.repeat(4, 3)))
data = sorted("mississippi")
print([(k, len(list(g))) for k, g in it.groupby(data)])
runs = [(k, list(g)) for k, g in it.groupby([1, 1, 2, 3, 3, 3, 1], key=lambda v: v % 2)]
print(runs)
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)),
      list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise("abcd")))
a, b = it.tee(iter(range(5)))
print(list(a), list(b), list(it.islice(range(100), 10, 30, 7)), list(it.islice(it.count(5, -2), 3)))
c = it.count(1.5, 0.5)
print(next(c), next(c), next(c))
total = 0
for x, y in it.product(range(60), repeat=2):
    if (x * y) % 7 == 3:
        total += x - y
print(total)
s = 0
for combo in it.combinations(range(18), 4):
    s += combo[0] * combo[3]
print(s)
perms = [''.join(p) for p in it.permutations("abc")]
print(perms, sorted(set(it.permutations("aab"))))
batches = [list(g) for _, g in it.groupby(range(10), key=lambda i: i // 3)]
print(batches)

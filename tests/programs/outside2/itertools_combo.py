import itertools as it
from itertools import permutations, combinations, combinations_with_replacement, product, accumulate, chain, groupby, count, cycle, repeat, starmap, zip_longest, compress, dropwhile, filterfalse, tee, pairwise
import operator

print(list(permutations("abc", 2)))
print(len(list(permutations(range(6)))), list(combinations(range(5), 3))[:4])
print(list(combinations_with_replacement("ab", 3)))
print(list(product([0, 1], repeat=3))[:5], list(product("ab", "xy")))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate(range(1, 6), operator.mul)))
print(list(accumulate([1, 2, 3], initial=10)))
print(list(chain.from_iterable(["ab", "cd"])), list(chain([1], (2,), {3: 0})))
data = sorted("mississippi")
print([(k, len(list(g))) for k, g in groupby(data)])
people = [("ann", "nyc"), ("bob", "sf"), ("cid", "nyc"), ("dee", "sf"), ("eve", "la")]
for city, grp in groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(city, [n for n, _ in grp])
print(list(zip(count(10, 5), "abc")), list(it.islice(cycle("xy"), 5)), list(repeat(7, 3)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(it.takewhile(str.isalpha, "abc1de")))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(pairwise("abcd")))
print(list(it.islice(count(), 2, 10, 3)), list(it.islice("abcdefg", 3)))


def subset_sum(nums, target):
    return [c for r in range(len(nums) + 1) for c in combinations(nums, r) if sum(c) == target]


print(subset_sum([3, 34, 4, 12, 5, 2], 9))


def tsp(dist):
    n = len(dist)
    best = None
    for perm in permutations(range(1, n)):
        path = (0,) + perm + (0,)
        cost = sum(dist[path[i]][path[i + 1]] for i in range(n))
        if best is None or cost < best[0]:
            best = (cost, path)
    return best


D = [[0, 2, 9, 10, 7], [1, 0, 6, 4, 3], [15, 7, 0, 8, 3], [6, 3, 12, 0, 11], [9, 7, 5, 6, 0]]
print(tsp(D))
words = ["stop", "pots", "tops", "opts", "post", "spot", "cat", "act"]
anagrams = {}
for w in words:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print(sorted(anagrams.values(), key=len))
print(sum(1 for _ in product(range(4), repeat=4)), next(it.dropwhile(lambda p: sum(p) < 10, product(range(6), repeat=2))))
print(list(map(operator.itemgetter(1), people))[:3], sorted(people, key=operator.itemgetter(1, 0))[0])
print([tuple(range(7))[i:i + 3] for i in range(0, 7, 3)])

# Snippet for the 'itertools' adapter.
import itertools
from itertools import islice, chain, count

print(list(islice(itertools.count(), 5)), list(islice(count(10, 2.5), 3)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.repeat("x", 3)), list(islice(itertools.repeat(0), 2)), list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.chain("ab", [1, 2], ())), list(itertools.chain.from_iterable([[1], [2, 3], []])), list(itertools.chain.from_iterable(["xy", "z"])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.filterfalse(lambda x: x % 2, range(7))))
print([(k, list(g)) for k, g in itertools.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in itertools.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
print(list(itertools.islice("abcdefg", 2, None, 2)), list(islice(range(10), 1, 7, 3)), list(itertools.pairwise([1, 2, 3, 4])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), [list(t) for t in itertools.tee(iter([1, 2, 3]), 2)])
print(list(itertools.zip_longest("ab", [1, 2, 3])), list(itertools.zip_longest("a", "bcd", fillvalue="-")))
print(list(itertools.product("ab", repeat=2)), list(itertools.product([1, 2], "xy")))
print(list(itertools.permutations([1, 2, 3])), list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(4), 2)), list(itertools.combinations_with_replacement("ab", 3)))
print(sum(1 for _ in itertools.combinations(range(10), 4)), next(itertools.count(7)))

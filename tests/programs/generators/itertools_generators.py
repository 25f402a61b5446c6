# itertools with generators: islice, count, cycle, accumulate, groupby, chain, product, tee,
# takewhile, dropwhile, zip_longest, starmap, compress, permutations, combinations.
import itertools as it
import operator

print(list(it.islice(it.count(10, 3), 5)), list(it.islice(it.cycle("abc"), 7)))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate(range(1, 6), operator.mul, initial=1)))
data = sorted("mississippi")
print([(k, len(list(g))) for k, g in it.groupby(data)])
print([(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.product("ab", [0, 1])), len(list(it.product(range(3), repeat=3))))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(it.takewhile(lambda x: x < 5, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 5, [1, 3, 5, 2])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("ab", 3)), list(it.repeat("x", 3)))
print(list(it.pairwise([1, 4, 9, 16])))

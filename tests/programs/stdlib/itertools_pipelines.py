import itertools as it
import operator

sales = [("north", "jan", 120), ("north", "feb", 80), ("south", "jan", 200), ("south", "jan", 15),
         ("east", "mar", 60), ("north", "mar", 90), ("east", "jan", 30)]
keyf = operator.itemgetter(0)
for region, grp in it.groupby(sorted(sales, key=keyf), key=keyf):
    rows = list(grp)
    print(region, len(rows), sum(r[2] for r in rows), [r[1] for r in rows])
print([(k, len(list(g))) for k, g in it.groupby("aaabccddddde")])
print([k for k, _ in it.groupby([1, 1, 2, 2, 1, 3, 3])])
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6])))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(it.accumulate(["a", "b", "c"])))
print(list(it.product("ab", range(3))))
print(len(list(it.product(range(4), repeat=3))), list(it.product([0, 1], repeat=2)))
print(list(it.permutations("abc")), list(it.permutations(range(4), 2))[:5])
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 3)))
print(list(it.chain([1, 2], "xy", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefgh", 1, 7, 2)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.repeat("z", 3)), list(zip(it.repeat(1), "abc")), list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(it.filterfalse(lambda x: x % 3, range(10))), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise([1, 2, 4, 7])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(it.islice(it.count(2.5, 0.5), 3)), next(it.count(-3)), list(it.islice(it.count(1, -1), 3)))
squares = (n * n for n in it.count(1))
odd_sq = filter(lambda v: v % 2, squares)
print(list(it.islice(odd_sq, 6)))
pipeline = it.accumulate(map(operator.add, range(10), it.cycle([100, 200])))
print(list(pipeline))
words = "the cat sat on the mat with the hat".split()
by_len = {k: sorted(set(g)) for k, g in it.groupby(sorted(words, key=len), key=len)}
print(by_len)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(list(it.chain(*grid)), list(zip(*grid)), [sum(col) for col in zip(*grid)])
total = 0
for i, (x, y) in enumerate(it.product(range(1, 6), repeat=2), start=1):
    if (x + y) % 4 == 0:
        total += x * y * i
print("checksum", total)
print(sum(1 for p in it.permutations(range(6)) if all(abs(p[i] - p[i + 1]) != 1 for i in range(5))))

import itertools as it
for o in [it.chain([1]), it.groupby("a"), it.combinations([1,2],1), it.permutations([1]), it.product([1]), it.islice([1],1), it.accumulate([1]), it.cycle([1]), it.starmap(pow, []), it.compress([], []), it.zip_longest([]), it.pairwise([]), it.takewhile(bool, []), it.dropwhile(bool, []), it.filterfalse(bool, []), it.tee([1])[0], it.combinations_with_replacement([1], 1), map(abs, []), zip(), enumerate([]), filter(None, []), reversed([]), iter([]), iter(()), iter(""), iter({}), iter(set()), iter(range(3)), iter(b"")]:
    print(type(o), repr(o).split(" at ")[0], type(o).__name__)
print(next(it.groupby("ab"))[1].__class__)

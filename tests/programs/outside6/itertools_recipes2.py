import itertools as it
import operator
from functools import reduce


def take(n, iterable):
    return list(it.islice(iterable, n))


def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := tuple(it.islice(iterator, n)):
        yield chunk


def sliding(iterable, n):
    window = []
    for x in iterable:
        window.append(x)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)


def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    num_active = len(iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


print(take(5, it.count(10, 3)), take(7, it.cycle("ab")), list(it.repeat("x", 3)))
print(list(chunked(range(10), 3)), list(sliding("abcde", 3)))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", key=str.lower)))
print(list(powerset([1, 2, 3])))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max, initial=2)))
print([(k, len(list(g))) for k, g in it.groupby("aaabbcdddd")], [(k, list(g)) for k, g in it.groupby(sorted([5, 12, 3, 17, 25, 8]), key=lambda v: v // 10)])
print(list(it.pairwise("abcd")) if hasattr(it, "pairwise") else [], list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.takewhile(lambda v: v < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda v: v < 5, [1, 4, 6, 4, 1])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda v: v % 2, range(10))), list(it.islice("ABCDEFG", 2, None, 2)))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(5), 3))), list(it.combinations_with_replacement("abc", 2)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.chain("ab", [1], (2,))))
print(reduce(operator.add, range(10)), reduce(lambda acc, s: acc + s[::-1], ["ab", "cd"], ""), reduce(max, [3, 9, 2]))
print(sorted(it.chain.from_iterable([[3, 1], [2], []])), sum(1 for _ in it.combinations(range(10), 4)))
grid = list(it.product(range(3), range(3)))
print([p for p in grid if operator.eq(*p)], list(map(operator.itemgetter(1), grid[:4])))
print(dict(it.zip_longest("abc", range(2))), list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

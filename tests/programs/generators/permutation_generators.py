# Recursive generators for permutations, combinations with replacement, and integer partitions.


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


def combos_with_replacement(items, k, start=0):
    if k == 0:
        yield ()
        return
    for i in range(start, len(items)):
        for tail in combos_with_replacement(items, k - 1, i):
            yield (items[i],) + tail


def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            yield [p] + rest


def compositions(n):
    if n == 0:
        yield ()
        return
    for first in range(1, n + 1):
        for rest in compositions(n - first):
            yield (first,) + rest


print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(7)))))
print(list(combos_with_replacement("xyz", 2)))
print(list(partitions(6)))
print([sum(1 for _ in partitions(n)) for n in range(1, 16)])
print(list(compositions(4)))

# Generating permutations and combinations by hand (Heap's algorithm, next_permutation).


def heap_permutations(items):
    a = list(items)
    n = len(a)
    c = [0] * n
    yield tuple(a)
    i = 0
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                a[0], a[i] = a[i], a[0]
            else:
                a[c[i]], a[i] = a[i], a[c[i]]
            yield tuple(a)
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1


def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True


def combinations(items, k, start=0, prefix=()):
    if len(prefix) == k:
        yield prefix
        return
    for i in range(start, len(items)):
        yield from combinations(items, k, i + 1, prefix + (items[i],))


perms = list(heap_permutations("abc"))
print(perms)
print(len(list(heap_permutations(range(6)))), len(set(heap_permutations(range(6)))))
a = [1, 2, 2, 3]
seen = [tuple(a)]
while next_permutation(a):
    seen.append(tuple(a))
print(len(seen), seen[:5])
print(list(combinations("ABCDE", 3)))
print(sum(1 for _ in combinations(list(range(12)), 5)))

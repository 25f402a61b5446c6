# Classic itertools recipes written out: take, nth, grouper, roundrobin, unique_everseen,
# powerset, partition, flatten, sliding window.
from itertools import islice, chain, combinations, zip_longest, cycle, tee, filterfalse
from collections import deque


def take(n, it):
    return list(islice(it, n))


def nth(it, n, default=None):
    return next(islice(it, n, None), default)


def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return zip_longest(*args, fillvalue=fill)


def roundrobin(*its):
    pending = deque(iter(i) for i in its)
    while pending:
        it = pending.popleft()
        try:
            yield next(it)
        except StopIteration:
            continue
        pending.append(it)


def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x


def powerset(it):
    s = list(it)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def partition(pred, it):
    a, b = tee(it)
    return list(filterfalse(pred, a)), list(filter(pred, b))


def sliding(it, n):
    win = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        win.append(x)
        yield tuple(win)


print(take(4, cycle("ab")), nth(range(100), 42), nth(range(3), 10, "none"))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", key=str.lower)))
print(list(powerset([1, 2, 3])))
print(partition(lambda x: x % 3 == 0, range(10)))
print(list(sliding(iter(range(6)), 3)))

# Functions returning iterators vs lists, lazy evaluation costs, and unpacking function results.


def divmod_all(pairs):
    return [divmod(a, b) for a, b in pairs]


def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return n, mean, var ** 0.5, min(values), max(values)


def split_evens_odds(values):
    evens, odds = [], []
    for v in values:
        (odds if v % 2 else evens).append(v)
    return evens, odds


def head_tail(seq):
    head, *tail = seq
    return head, tail


n, mean, sd, lo, hi = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(n, mean, sd, lo, hi)
(q1, r1), (q2, r2) = divmod_all([(17, 5), (-17, 5)])
print(q1, r1, q2, r2)
evens, odds = split_evens_odds(range(15))
print(evens, odds)
h, t = head_tail("python")
print(h, t)
first, *_, last = stats([1, 2, 3])
print(first, last)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
x = y = z = 0
x += 1
print(x, y, z)
[p, q], r = "ab", "c"
print(p, q, r)

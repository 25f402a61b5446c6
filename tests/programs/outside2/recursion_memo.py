import sys
from functools import lru_cache, cache

sys.setrecursionlimit(10000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(3000))


@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"), edit_distance("intention", "execution"))


@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 15)], partitions(100, 100))


def lcs(a, b):
    @lru_cache(None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    return go(0, 0)


print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(3, 3))


def permute(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permute(s[:i] + s[i + 1:])]


print(permute("abc"), len(permute("abcdef")))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print("RecursionError caught:", "maximum recursion depth" in str(e))
print(sys.getrecursionlimit())
memo = {}


def knap(i, cap, items):
    if i == len(items) or cap == 0:
        return 0
    key = (i, cap)
    if key in memo:
        return memo[key]
    w, v = items[i]
    best = knap(i + 1, cap, items)
    if w <= cap:
        best = max(best, v + knap(i + 1, cap - w, items))
    memo[key] = best
    return best


items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10), (3, 7), (7, 8), (5, 6)]
print(knap(0, 15, items))

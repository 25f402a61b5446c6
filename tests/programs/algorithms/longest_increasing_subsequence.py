# Longest increasing subsequence: O(n^2) DP and O(n log n) patience sorting with reconstruction.
import bisect


def lis_quadratic(a):
    if not a:
        return []
    best = [1] * len(a)
    prev = [-1] * len(a)
    for i in range(len(a)):
        for j in range(i):
            if a[j] < a[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
                prev[i] = j
    k = max(range(len(a)), key=lambda i: best[i])
    out = []
    while k != -1:
        out.append(a[k])
        k = prev[k]
    return out[::-1]


def lis_fast(a):
    tails = []
    tail_idx = []
    prev = [-1] * len(a)
    for i, x in enumerate(a):
        pos = bisect.bisect_left(tails, x)
        if pos == len(tails):
            tails.append(x)
            tail_idx.append(i)
        else:
            tails[pos] = x
            tail_idx[pos] = i
        prev[i] = tail_idx[pos - 1] if pos > 0 else -1
    out = []
    k = tail_idx[-1] if tail_idx else -1
    while k != -1:
        out.append(a[k])
        k = prev[k]
    return out[::-1]


tests = [
    [10, 9, 2, 5, 3, 7, 101, 18],
    [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15],
    [],
    [5, 4, 3, 2, 1],
    [(i * 37) % 101 for i in range(60)],
]
for t in tests:
    q, f = lis_quadratic(t), lis_fast(t)
    print(len(q), len(f), f)

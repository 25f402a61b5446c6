# Maximum subarray (Kadane) with indices, max circular subarray, 2D max sub-rectangle.


def kadane(a):
    best, best_l, best_r = a[0], 0, 0
    cur, cur_l = a[0], 0
    for i in range(1, len(a)):
        if cur < 0:
            cur, cur_l = a[i], i
        else:
            cur += a[i]
        if cur > best:
            best, best_l, best_r = cur, cur_l, i
    return best, best_l, best_r


def max_circular(a):
    straight = kadane(a)[0]
    total = sum(a)
    inverted = kadane([-x for x in a])[0]
    if total + inverted == 0:
        return straight
    return max(straight, total + inverted)


def max_rectangle(m):
    rows, cols = len(m), len(m[0])
    best = (m[0][0], None)
    for top in range(rows):
        sums = [0] * cols
        for bottom in range(top, rows):
            for c in range(cols):
                sums[c] += m[bottom][c]
            s, l, r = kadane(sums)
            if s > best[0]:
                best = (s, (top, l, bottom, r))
    return best


for arr in ([-2, 1, -3, 4, -1, 2, 1, -5, 4], [5, -3, 5], [-3, -2, -5], [8, -1, 3, 4], [1, 2, 3]):
    print(arr, kadane(arr), max_circular(arr))
M = [[1, 2, -1, -4, -20], [-8, -3, 4, 2, 1], [3, 8, 10, 1, 3], [-4, -1, 1, 7, -6]]
print(max_rectangle(M))

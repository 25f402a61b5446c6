# Binary search: lower/upper bound, search on answer (integer sqrt), rotated array search.


def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo


def search_rotated(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= target < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < target <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


a = [1, 2, 2, 2, 5, 7, 7, 9, 12]
for x in (0, 2, 3, 7, 12, 13):
    lb, ub = lower_bound(a, x), upper_bound(a, x)
    print(f"x={x:2} lower={lb} upper={ub} count={ub - lb}")
for n in (0, 1, 15, 16, 17, 10 ** 20, 2 ** 127 - 1):
    print(n, isqrt(n))
rot = [15, 18, 22, 3, 5, 9, 11]
print([search_rotated(rot, t) for t in (15, 22, 3, 11, 4)])

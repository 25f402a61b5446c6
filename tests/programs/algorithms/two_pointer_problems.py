# Two-pointer techniques: pair sums, three-sum, container with most water, dedupe in place,
# minimum window substring.
from collections import Counter


def pair_sum(a, target):
    i, j = 0, len(a) - 1
    out = []
    while i < j:
        s = a[i] + a[j]
        if s == target:
            out.append((a[i], a[j]))
            i += 1
            j -= 1
        elif s < target:
            i += 1
        else:
            j -= 1
    return out


def three_sum(nums):
    nums = sorted(nums)
    res = []
    for i in range(len(nums) - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s == 0:
                res.append((nums[i], nums[lo], nums[hi]))
                while lo < hi and nums[lo] == nums[lo + 1]:
                    lo += 1
                lo += 1
                hi -= 1
            elif s < 0:
                lo += 1
            else:
                hi -= 1
    return res


def max_water(h):
    i, j, best = 0, len(h) - 1, 0
    while i < j:
        best = max(best, (j - i) * min(h[i], h[j]))
        if h[i] < h[j]:
            i += 1
        else:
            j -= 1
    return best


def dedupe(a):
    if not a:
        return 0
    k = 1
    for x in a[1:]:
        if x != a[k - 1]:
            a[k] = x
            k += 1
    del a[k:]
    return k


def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    i = start = end = 0
    for j, ch in enumerate(s, 1):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            while need[s[i]] < 0:
                need[s[i]] += 1
                i += 1
            if end == 0 or j - i < end - start:
                start, end = i, j
            need[s[i]] += 1
            missing += 1
            i += 1
    return s[start:end]


print(pair_sum([1, 2, 3, 4, 5, 6, 7, 8, 9], 10))
print(three_sum([-1, 0, 1, 2, -1, -4, -2, 3, 0, 0]))
print(max_water([1, 8, 6, 2, 5, 4, 8, 3, 7]))
a = [1, 1, 2, 3, 3, 3, 4, 5, 5]
print(dedupe(a), a)
print(min_window("ADOBECODEBANC", "ABC"), repr(min_window("a", "aa")), min_window("thisisateststring", "tist"))

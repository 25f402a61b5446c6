# Classic recursion: Ackermann, flatten, power set, permutations of a string, binary strings.


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


def perms(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in perms(s[:i] + s[i + 1:])]


def binary_strings(n, no_adjacent_ones=True, prefix=""):
    if n == 0:
        return [prefix]
    out = binary_strings(n - 1, no_adjacent_ones, prefix + "0")
    if not (no_adjacent_ones and prefix.endswith("1")):
        out += binary_strings(n - 1, no_adjacent_ones, prefix + "1")
    return out


def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0


print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 3))
nested = [1, [2, [3, [4, [5]]]], (6, 7), [[8], 9], []]
print(flatten(nested), depth([1, [2, [3, [4, [5]]]], (6, 7), [[8], 9], []]))
print(power_set([1, 2, 3]))
print(perms("abc"), len(perms("abcde")), len(set(perms("aabb"))))
print(binary_strings(4), len(binary_strings(10)))

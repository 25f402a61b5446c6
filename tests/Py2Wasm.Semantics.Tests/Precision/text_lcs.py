# String algorithms: longest common subsequence, edit distance and a line diff.


def lcs(a, b):
    n = len(a)
    m = len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        for j in range(m):
            if a[i] == b[j]:
                table[i + 1][j + 1] = table[i][j] + 1
            else:
                table[i + 1][j + 1] = max(table[i][j + 1], table[i + 1][j])
    out = ""
    i = n
    j = m
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out = a[i - 1] + out
            i -= 1
            j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return out


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[len(b)]


def diff(old, new):
    common = lcs(old, new)
    out = []
    i = 0
    j = 0
    for ch in common:
        while old[i] != ch:
            out.append("-" + old[i])
            i += 1
        while new[j] != ch:
            out.append("+" + new[j])
            j += 1
        out.append(" " + ch)
        i += 1
        j += 1
    return out


print(lcs("AGGTAB", "GXTXAYB"))
print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"))
print(diff("abcde", "abxde"))

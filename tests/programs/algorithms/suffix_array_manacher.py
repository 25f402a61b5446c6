# String algorithms: suffix array by prefix doubling, LCP array (Kasai), longest repeated
# substring, and Manacher's algorithm for all palindromic radii.


def suffix_array(s):
    n = len(s)
    rank = [ord(c) for c in s]
    sa = list(range(n))
    k = 1
    while True:
        key = lambda i: (rank[i], rank[i + k] if i + k < n else -1)
        sa.sort(key=key)
        new = [0] * n
        for a, b in zip(sa, sa[1:]):
            new[b] = new[a] + (key(a) != key(b))
        rank = new
        if rank[sa[-1]] == n - 1:
            return sa
        k *= 2


def lcp_array(s, sa):
    n = len(s)
    rank = [0] * n
    for i, p in enumerate(sa):
        rank[p] = i
    lcp = [0] * n
    h = 0
    for i in range(n):
        if rank[i] > 0:
            j = sa[rank[i] - 1]
            while i + h < n and j + h < n and s[i + h] == s[j + h]:
                h += 1
            lcp[rank[i]] = h
            if h:
                h -= 1
        else:
            h = 0
    return lcp


def manacher(s):
    t = "^#" + "#".join(s) + "#$"
    p = [0] * len(t)
    center = right = 0
    for i in range(1, len(t) - 1):
        if i < right:
            p[i] = min(right - i, p[2 * center - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > right:
            center, right = i, i + p[i]
    best = max(range(len(t)), key=lambda i: (p[i], -i))
    start = (best - p[best]) // 2
    return s[start:start + p[best]], p


for s in ["banana", "mississippi", "abracadabra"]:
    sa = suffix_array(s)
    lcp = lcp_array(s, sa)
    i = max(range(len(s)), key=lambda k: lcp[k])
    print(s, sa, lcp, repr(s[sa[i]:sa[i] + lcp[i]]))
for s in ["babad", "forgeeksskeegfor", "abacdfgdcaba", "a", "noonracecar"]:
    pal, radii = manacher(s)
    print(s, pal, sum(1 for r in radii if r > 0))

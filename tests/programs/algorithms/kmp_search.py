# String matching: KMP prefix function, Z-function and Rabin-Karp, all finding the same matches.


def prefix_function(s):
    pi = [0] * len(s)
    for i in range(1, len(s)):
        k = pi[i - 1]
        while k and s[i] != s[k]:
            k = pi[k - 1]
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return pi


def kmp_find(text, pat):
    if not pat:
        return list(range(len(text) + 1))
    pi = prefix_function(pat + "\0" + text)
    m = len(pat)
    return [i - 2 * m for i, v in enumerate(pi) if v == m]


def z_function(s):
    n = len(s)
    z = [0] * n
    l = r = 0
    for i in range(1, n):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z


def rabin_karp(text, pat, base=257, mod=1_000_000_007):
    m = len(pat)
    if m > len(text):
        return []
    hp = ht = 0
    for i in range(m):
        hp = (hp * base + ord(pat[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    power = pow(base, m - 1, mod)
    out = []
    for i in range(len(text) - m + 1):
        if hp == ht and text[i:i + m] == pat:
            out.append(i)
        if i + m < len(text):
            ht = ((ht - ord(text[i]) * power) * base + ord(text[i + m])) % mod
    return out


text = "abracadabra abracadabra cadabra"
for pat in ("abra", "cad", "a", "zzz", "abracadabra"):
    a = kmp_find(text, pat)
    z = z_function(pat + "$" + text)
    b = [i - len(pat) - 1 for i, v in enumerate(z) if v >= len(pat) and i > len(pat)]
    c = rabin_karp(text, pat)
    print(f"{pat:12} {a} {a == b == c}")
print(prefix_function("aabaaab"))
print(z_function("aaabaab"))

# Polynomial rolling hashes: duplicate substring detection, longest repeated substring by binary
# search, and counting distinct substrings (verified against brute force).

MOD = (1 << 61) - 1
BASE = 131


def prefix_hashes(s):
    h = [0] * (len(s) + 1)
    p = [1] * (len(s) + 1)
    for i, ch in enumerate(s):
        h[i + 1] = (h[i] * BASE + ord(ch)) % MOD
        p[i + 1] = p[i] * BASE % MOD
    return h, p


def sub_hash(h, p, i, j):
    return (h[j] - h[i] * p[j - i]) % MOD


def repeated_of_length(s, h, p, k):
    seen = {}
    for i in range(len(s) - k + 1):
        key = sub_hash(h, p, i, i + k)
        if key in seen:
            return s[i:i + k]
        seen[key] = i
    return None


def longest_repeated(s):
    h, p = prefix_hashes(s)
    lo, hi, best = 1, len(s) - 1, ""
    while lo <= hi:
        mid = (lo + hi) // 2
        found = repeated_of_length(s, h, p, mid)
        if found:
            best, lo = found, mid + 1
        else:
            hi = mid - 1
    return best


def distinct_substrings(s):
    h, p = prefix_hashes(s)
    return len({sub_hash(h, p, i, j) for i in range(len(s)) for j in range(i + 1, len(s) + 1)})


for s in ["banana", "abcabcabc", "mississippi", "abcdefg", "aaaaaa", "to be or not to be"]:
    brute = len({s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1)})
    print(f"{s!r:22} longest repeat={longest_repeated(s)!r:12} distinct={distinct_substrings(s)} ({brute})")

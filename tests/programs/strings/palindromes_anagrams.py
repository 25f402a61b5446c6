# Palindromes and anagrams: normalisation, longest palindromic substring, anagram grouping.
from collections import defaultdict


def normalize(s):
    return "".join(c.lower() for c in s if c.isalnum())


def is_palindrome(s):
    n = normalize(s)
    return n == n[::-1]


def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


def group_anagrams(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w.lower()))].append(w)
    return [sorted(g) for g in groups.values() if len(g) > 1]


phrases = ["A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "Not a palindrome",
           "No 'x' in Nixon", "", "Able was I ere I saw Elba"]
for p in phrases:
    print(f"{p!r:34} {is_palindrome(p)}")
for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
    print(s, "->", longest_palindrome(s))
words = "listen silent enlist google elgoog inlets banana Tinsel stone tones notes onset seton".split()
print(sorted(group_anagrams(words)))

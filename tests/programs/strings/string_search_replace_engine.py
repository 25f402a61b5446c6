# A find/replace engine over a multi-line document: whole-word, case-insensitive, and regex modes,
# with a change log and line/column reporting.
import re

DOC = """The quick brown fox jumps over the lazy dog.
A fox is quick; the FOX is quicker than the dog.
Foxes and dogs: the fox-trot is a dance, not a fox."""


def find_all(text, pattern, *, whole_word=False, ignore_case=False, regex=False):
    pat = pattern if regex else re.escape(pattern)
    if whole_word:
        pat = rf"\b{pat}\b"
    flags = re.IGNORECASE if ignore_case else 0
    results = []
    for lineno, line in enumerate(text.splitlines(), 1):
        for m in re.finditer(pat, line, flags):
            results.append((lineno, m.start() + 1, m.group()))
    return results


def replace(text, pattern, repl, **opts):
    hits = find_all(text, pattern, **opts)
    pat = pattern if opts.get("regex") else re.escape(pattern)
    if opts.get("whole_word"):
        pat = rf"\b{pat}\b"
    flags = re.IGNORECASE if opts.get("ignore_case") else 0

    def keep_case(m):
        word = m.group()
        if word.isupper():
            return repl.upper()
        if word[0].isupper():
            return repl.capitalize()
        return repl

    return re.sub(pat, keep_case, text, flags=flags), len(hits)


print(find_all(DOC, "fox"))
print(find_all(DOC, "fox", whole_word=True, ignore_case=True))
print(find_all(DOC, r"quick\w*", regex=True))
new, n = replace(DOC, "fox", "cat", whole_word=True, ignore_case=True)
print(n)
print(new)
new2, n2 = replace(DOC, r"d[a-z]g", "wolf", regex=True)
print(n2, new2.splitlines()[0])

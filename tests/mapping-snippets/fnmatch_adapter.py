# Snippet for the 'fnmatch' adapter (implemented in Python, compiled with the program).
import fnmatch
from fnmatch import fnmatchcase, filter, translate

names = ["main.py", "util.py", "README.md", "test_main.py", "data.json", "a.b", "x\ny", "[x]", "-", "!", "^a"]
pats = ["*.py", "test_*", "*", "?", "[mr]*", "[!m]*", "[]]*", "[!]]*", "[a-c]*", "[c-a]*", "[a-]", "[!]", "[]",
        "[", "*[", "x?y", "*a*b*", "[^a]*", "[\\]", "[a-c-e]*", "**.py", "*.*", "[[]x]", "[&~|]", "[--0]"]
for pat in pats:
    print(repr(pat), translate(pat), fnmatch.filter(names, pat))
print([fnmatchcase(n, "*.PY") for n in ["Main.PY", "main.py"]], fnmatch.fnmatch("Main.PY", "*.py"))
print(fnmatch.fnmatch("abc", "a*c"), fnmatch.fnmatchcase("ab\nc", "a*c"), filter([], "*"))
print(fnmatch.fnmatch(b"data.bin", b"*.bin"), fnmatch.filter([b"a.c", b"b.h"], b"*.c"))
for bad in [(1, "*"), ("x", 2)]:
    try:
        fnmatch.fnmatch(bad[0], bad[1])
    except TypeError as e:
        print("TypeError:", e)
try:
    fnmatch.fnmatchcase("x", b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    fnmatch.filter([1], "*")
except TypeError as e:
    print("TypeError:", e)

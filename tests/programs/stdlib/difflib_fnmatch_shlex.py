# Text utilities from the standard library: difflib (ratio, close matches, unified diff), fnmatch,
# shlex split/quote.
import difflib
import fnmatch
import shlex

words = ["apple", "apply", "ample", "maple", "apricot", "pineapple", "application"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("aple", words, n=2, cutoff=0.7))
print(round(difflib.SequenceMatcher(None, "kitten", "sitting").ratio(), 6))
a = "one\ntwo\nthree\nfour\n".splitlines(keepends=True)
b = "one\n2\nthree\nfour\nfive\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="old.txt", tofile="new.txt")), end="")
files = ["main.py", "util.py", "README.md", "test_main.py", "data.json", "setup.cfg", "Main.PY"]
print(fnmatch.filter(files, "*.py"), fnmatch.filter(files, "test_*"), fnmatch.fnmatchcase("Main.PY", "*.py"))
print([f for f in files if fnmatch.fnmatch(f.lower(), "[mr]*")])
cmd = """compile --out "build dir/x" -DNAME='my app' file\\ with\\ spaces.py"""
parts = shlex.split(cmd)
print(parts)
print(" ".join(shlex.quote(p) for p in parts))

# Snippet for the 'glob' adapter (implemented in Python, compiled with the program).
import glob
import os
from glob import iglob, escape, has_magic

base = "glob_adapter_dir"
for d in ["a/b", "a/c", ".h", "x[1]"]:
    os.makedirs(os.path.join(base, d), exist_ok=True)
for f in ["a/one.txt", "a/b/two.txt", "a/c/three.py", "top.txt", ".h/hidden.txt", ".dot.txt", "x[1]/in.txt"]:
    with open(os.path.join(base, f), "w") as fh:
        fh.write(f)
print(sorted(glob.glob(base + "/*")))
print(sorted(glob.glob(base + "/*.txt")), sorted(glob.glob(base + "/.*")))
print(sorted(glob.glob(base + "/**/*.txt", recursive=True)))
print(sorted(glob.glob(base + "/**/*.txt")), sorted(glob.glob(base + "/**", recursive=True)))
print(sorted(glob.glob(base + "/**/", recursive=True)), sorted(glob.glob(base + "/a/?/*")))
print(sorted(glob.glob(base + "/[at]*")), glob.glob(base + "/nope*"), glob.glob(base + "/top.txt"), glob.glob(base + "/a/"))
print(sorted(glob.glob("**/*.py", root_dir=base, recursive=True)), sorted(glob.glob("*", root_dir=base)))
print(sorted(iglob(base + "/a/*/*")), type(iglob("*")).__name__ != "list")
print(glob.glob(escape(base + "/x[1]") + "/*"), escape("a*b?c[d]"), has_magic("a[b"), has_magic("abc"), glob.glob(""))
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    os.rmdir(root)
print(os.path.exists(base))

# os / os.path string handling as build scripts and file-organising tools use it (no real files touched).
import os
from os.path import basename, dirname, join, splitext


def plan_outputs(sources, out_dir):
    plan = []
    for src in sources:
        stem, ext = splitext(basename(src))
        if ext not in (".c", ".py", ".md"):
            print("skip", repr(src), "extension", repr(ext))
            continue
        target = join(out_dir, dirname(src).replace(os.sep, "_") or "root", stem + {".c": ".o", ".py": ".pyc", ".md": ".html"}[ext])
        plan.append((src, target))
    return plan


sources = ["src/main.c", "src/util/strings.c", "docs/index.md", "setup.py", "README", "lib/.hidden", "archive.tar.gz"]
for src, target in plan_outputs(sources, "build"):
    print(f"{src:22} -> {target}")

print(os.path.join("a", "b", "c"), os.path.join("/root", "x", "/abs", "y"), os.path.join("dir/", "f"), repr(os.path.join("", "f")))
for p in ["/usr/lib/python3.11/os.py", "relative/path/", "file.txt", "/", "//double//slash", "", "a/b/../c", ".bashrc", "..", "x.y.z"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.isabs(p))

for p in ["a/./b/../c", "/../x", "//a/b", "///a", "", "../../up", "a//b/", "./"]:
    print(repr(p), "->", repr(os.path.normpath(p)))

print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.name)
print(os.path.sep == os.sep, os.path.join(os.curdir, "x"))

# Environment lookups with defaults (the variable is never set)
print(os.environ.get("PY2WASM_SURELY_UNSET_VARIABLE", "fallback"))
print(os.getenv("PY2WASM_SURELY_UNSET_VARIABLE"), os.getenv("PY2WASM_SURELY_UNSET_VARIABLE", 42))
print("PY2WASM_SURELY_UNSET_VARIABLE" in os.environ)
print(os.path.exists("/definitely/not/here/file.txt"), os.path.isfile("/definitely/not/here"), os.path.isdir("/definitely/not/here"))

try:
    os.path.join("a", 3)
except TypeError as e:
    print("TypeError:", e)

# Group files by extension
by_ext = {}
for name in ["a.py", "b.txt", "c.py", "d", "e.tar.gz", "f.TXT"]:
    by_ext.setdefault(splitext(name)[1].lower() or "<none>", []).append(name)
for ext in sorted(by_ext):
    print(ext, by_ext[ext])

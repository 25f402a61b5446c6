import os
base = "os_walk_tree_tmp"
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
os.makedirs(os.path.join(base, "skip", "deep"))
os.mkdir(os.path.join(base, "c"))
for path, text in [("a/x.txt", "hello"), ("a/b/y.py", "print(1)\n"), ("skip/deep/z.txt", "zz"), ("top.md", "# t")]:
    with open(os.path.join(base, path), "w") as f:
        f.write(text)
print(sorted(os.listdir(base)))
for root, dirs, files in os.walk(base):
    dirs[:] = sorted(d for d in dirs if d != "skip")
    print(root, dirs, sorted(files))
print(sorted((r, sorted(f)) for r, d, f in os.walk(base, topdown=False)))
print(os.path.getsize(os.path.join(base, "a", "x.txt")), os.path.relpath(os.path.join(base, "a", "b"), base), os.path.relpath(base, os.path.join(base, "a", "b")))
print(os.path.abspath(base) == os.path.join(os.getcwd(), base), os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]))
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename)
try:
    os.makedirs(base)
except FileExistsError as e:
    print("makedirs:", e)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.rename(os.path.join(base, "top.md"), os.path.join(base, "renamed.md"))
print(sorted(os.listdir(base)), os.path.exists(os.path.join(base, "top.md")))
try:
    os.listdir("no_such_dir_here")
except FileNotFoundError as e:
    print(e)
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base), list(os.walk("no_such_dir_here")))

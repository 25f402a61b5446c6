# Walking an in-memory "file system" (nested dicts) with generators: paths, sizes, filtering,
# and a du-style summary computed lazily.

FS = {
    "src": {"main.py": 1200, "util.py": 800, "pkg": {"__init__.py": 0, "core.py": 5400, "io.py": 2100}},
    "docs": {"index.md": 3000, "api.md": 7800},
    "README.md": 450,
    "build": {"out": {"a.o": 9000, "b.o": 12000}, "log.txt": 300},
}


def walk(tree, prefix=""):
    for name in sorted(tree):
        path = f"{prefix}/{name}"
        node = tree[name]
        if isinstance(node, dict):
            yield path + "/", None
            yield from walk(node, path)
        else:
            yield path, node


def files(tree):
    return ((p, s) for p, s in walk(tree) if s is not None)


def du(tree, prefix=""):
    total = 0
    for name in sorted(tree):
        node = tree[name]
        if isinstance(node, dict):
            sub = yield from du(node, f"{prefix}/{name}")
            yield f"{prefix}/{name}", sub
            total += sub
        else:
            total += node
    return total


for path, size in walk(FS):
    print(path if size is None else f"{path} ({size})")
print([p for p, s in files(FS) if p.endswith(".py") and s > 1000])
print(max(files(FS), key=lambda ps: ps[1]))
g = du(FS)
try:
    while True:
        path, size = next(g)
        print(f"{size:7d} {path}")
except StopIteration as stop:
    print(f"{stop.value:7d} total")

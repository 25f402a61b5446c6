import itertools


def read_lines():
    text = """# config
name = demo
version = 1.2

; comment
debug = true
paths = /a:/b:/c
"""
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith(("#", ";")):
            yield line


def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()


def convert(pairs):
    for k, v in pairs:
        if v in ("true", "false"):
            v = v == "true"
        elif v.replace(".", "", 1).isdigit():
            v = float(v) if "." in v else int(v)
        elif ":" in v:
            v = v.split(":")
        yield k, v


cfg = dict(convert(parse(strip_comments(read_lines()))))
print(cfg)


def primes():
    yield 2
    composites = {}
    for n in itertools.count(3, 2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + 2 * p, []).append(p)


print(list(itertools.islice(primes(), 25)))


def window(it, n):
    it = iter(it)
    win = tuple(itertools.islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win


print(list(window(range(6), 3)), list(window([1], 2)))


def running_stats():
    n = 0
    mean = 0.0
    m2 = 0.0
    x = yield None
    while True:
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)
        x = yield (n, round(mean, 4), round(m2 / n, 4))


rs = running_stats()
next(rs)
for v in [2, 4, 4, 4, 5, 5, 7, 9]:
    out = rs.send(v)
print(out)


def tree_walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for c in children:
        yield from tree_walk(c, depth + 1)


t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for d, n in tree_walk(t):
    print("  " * d + n)
gen = (i * i for i in range(10) if i % 3)
print(sum(gen), sum(gen))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(3)), max((len(w), w) for w in "a bb ccc".split()))
it1, it2 = itertools.tee(primes())
print(next(it1), next(it1), next(it2))
lazy = map(lambda x: x * 2, filter(lambda x: x % 2, range(10)))
print(list(lazy), list(lazy), list(zip(*[iter(range(6))] * 2)))
g = primes()
print(g.__next__(), type(g).__name__, iter(g) is g)

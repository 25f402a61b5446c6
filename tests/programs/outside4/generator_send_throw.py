def worker():
    results = []
    try:
        while True:
            try:
                x = yield len(results)
                results.append(x * 2)
            except ValueError as e:
                results.append(f"err:{e}")
    except GeneratorExit:
        print("worker closing with", results)
        raise
w = worker()
print(next(w), w.send(1), w.send(2), w.throw(ValueError("bad")), w.send(5))
w.close()
def gen():
    yield 1
    raise KeyError("inside")
g = gen()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError from gen", e)
try:
    next(g)
except StopIteration:
    print("exhausted")
def tree_walk(node, depth=0):
    name, kids = node
    yield depth, name
    for k in kids:
        yield from tree_walk(k, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])])
for d, n in tree_walk(tree):
    print("  " * d + n)
def sliding(it, n):
    from collections import deque
    win = deque(maxlen=n)
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
print(list(sliding(range(6), 3)))
def running_stats():
    n = 0; mean = 0.0; m2 = 0.0
    x = yield None
    while True:
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)
        x = yield (n, round(mean, 4), round(m2 / n, 4))
rs = running_stats(); next(rs)
for v in [2, 4, 4, 4, 5, 5, 7, 9]:
    out = rs.send(v)
print(out)
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt
print(list(interleave("abc", [1, 2], "XYZW")))
gen_exp = (x * x for x in range(5))
print(type(gen_exp).__name__, next(gen_exp), list(gen_exp))
def lines():
    text = "a=1\n\n# c\nb = 2\nbad\nc=3"
    for ln in text.splitlines():
        yield ln
def parse(ls):
    for ln in ls:
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        if "=" not in ln:
            print("skip", repr(ln))
            continue
        k, v = map(str.strip, ln.split("=", 1))
        yield k, int(v)
print(dict(parse(lines())))
def take_until(pred, it):
    for x in it:
        if pred(x):
            return x
        yield x
def outer():
    last = yield from take_until(lambda x: x > 3, iter([1, 2, 3, 4, 5]))
    yield ("stopped at", last)
print(list(outer()))
def fib_mod():
    a, b = 0, 1
    for _ in range(10):
        yield a
        a, b = b, (a + b) % 7
print(list(fib_mod()), sum(x for x in fib_mod() if x % 2), max(fib_mod()), sorted(set(fib_mod())))
import itertools
print(list(itertools.islice((i for i in itertools.count() if i % 3 == 0), 2, 6)))

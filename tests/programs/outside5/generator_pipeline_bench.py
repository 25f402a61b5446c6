"""Generator and coroutine heavy pipelines (pyperformance 'generators'/'coroutines' style)."""
import itertools


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(tree(lo, mid), mid, tree(mid + 1, hi))


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def chunked(it, n):
    it = iter(it)
    while True:
        chunk = list(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)


def running_max():
    best = None
    try:
        while True:
            v = yield best
            if best is None or v > best:
                best = v
    except GeneratorExit:
        print("running_max closed at", best)
    finally:
        print("running_max finally")


def accumulate_throw():
    total = 0
    while True:
        try:
            v = yield total
            total += v
        except ValueError as e:
            print("caught", e)
            total = 0


t = tree(0, 2000)
print(sum(t), sum(1 for _ in t), list(itertools.islice(iter(t), 5)))
print(list(itertools.islice(fib_gen(), 15)), next(x for x in fib_gen() if x > 10**12))
print([sum(c) for c in chunked(range(23), 5)])
results = []
d = delegator(results)
next(d)
for group in ([1, 2, 3], [10, 20], [5]):
    for v in group:
        d.send(v)
    d.send(None)
print(results)
rm = running_max()
next(rm)
for v in [3, 9, 2, 11, 4]:
    rm.send(v)
rm.close()
acc = accumulate_throw()
next(acc)
print(acc.send(5), acc.send(6))
print(acc.throw(ValueError("reset")))
print(acc.send(2))
gen = (x * x for x in range(10) if x % 3)
print(list(gen), list(gen))
pipeline = (s.upper() for s in ("a%d" % i for i in range(6)) if not s.endswith("3"))
print(list(pipeline))
nums = itertools.count(1)
evens = filter(lambda n: n % 2 == 0, nums)
squares = map(lambda n: n * n, evens)
print(list(itertools.takewhile(lambda n: n < 500, squares)))
def g():
    x = yield 1
    print("got", x)
    return "done"
it = g()
print(next(it))
try:
    it.send("hello")
except StopIteration as e:
    print("stop value", e.value)
total = 0
for i in range(200):
    total += sum(x for x in range(i) if x & 1)
print(total)

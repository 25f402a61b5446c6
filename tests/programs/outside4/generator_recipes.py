import itertools
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    return list(itertools.islice(it, n))

def primes():
    D = {}
    q = 2
    while True:
        if q not in D:
            yield q
            D[q * q] = [q]
        else:
            for p in D[q]:
                D.setdefault(p + q, []).append(p)
            del D[q]
        q += 1

def chunks(seq, n):
    it = iter(seq)
    while True:
        chunk = tuple(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk

def flatten(x):
    for e in x:
        if isinstance(e, (list, tuple)):
            yield from flatten(e)
        else:
            yield e

def accumulate_avg():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            break
        total += v
        count += 1
        avg = total / count
    return total

print(take(15, fib()))
print(take(12, primes()))
print(list(chunks(range(11), 4)))
print(list(flatten([1, [2, [3, (4, 5)], 6], [[7]]])))
g = accumulate_avg()
next(g)
for v in [10, 20, 60]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def counter():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("cleanup")
c = counter()
print(next(c), next(c))
c.close()
print(list(itertools.takewhile(lambda x: x < 30, fib())))
evens = (x for x in range(20) if x % 2 == 0)
print(sum(evens), sum(evens))
print(list(zip(*[iter("abcdefg")] * 3)))
def gen_with_return():
    yield 1
    return "done"
def wrapper():
    r = yield from gen_with_return()
    yield r
print(list(wrapper()))
pairs = itertools.pairwise([1, 4, 9, 16]) if hasattr(itertools, "pairwise") else []
print([b - a for a, b in pairs])
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(next(iter([]), "empty"))
gi = iter([1, 2, 3])
print(list(gi), list(gi))

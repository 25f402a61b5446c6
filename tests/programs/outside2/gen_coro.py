def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("averager got", type(e).__name__, e)
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def main():
    data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for value in values:
            group.send(value)
        group.send(None)
    for k in sorted(results):
        count, avg = results[k]
        print(f"{count:2} {k:10} averaging {avg:.2f}")


main()

a = averager()
print(next(a))
print(a.send(10))
print(a.throw(ValueError("bad")))
print(a.send(20))
try:
    a.send(None)
except StopIteration as e:
    print("stop", e.value)


def counter(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("counter cleanup")


c = counter(10)
print(next(c), next(c))
c.close()
print(list(c))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 15)))
print(sum(x for x in itertools.takewhile(lambda v: v < 1000, fib()) if x % 2 == 0))


def chain(*its):
    for it in its:
        yield from it


print(list(chain("ab", [1, 2], range(3))))
g = (x * x for x in range(5))
print(next(g), list(g), list(g))


def echo():
    received = yield "ready"
    while received != "quit":
        received = yield f"echo:{received}"
    yield "bye"


e = echo()
print(next(e), e.send("hi"), e.send("there"), e.send("quit"))


def gen_with_return():
    yield 1
    return "done"


def delegator():
    r = yield from gen_with_return()
    print("delegated result", r)
    yield 2


print(list(delegator()))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


print(list(Countdown(4)), list(reversed(Countdown(4))))
gen = counter(3)
for v in gen:
    if v == 1:
        break
del gen
print("end")

def counter():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("reset because", e)
            total = 0
            continue
        except GeneratorExit:
            print("closing at", total)
            raise
        if value is None:
            break
        total += value
    return f"done:{total}"


c = counter()
print(next(c), c.send(5), c.send(10), c.throw(ValueError("oops")), c.send(3))
print(c.gi_running, c.gi_suspended)
c.close()
c.close()
print(c.gi_frame is None, c.gi_running, c.gi_suspended)

g = counter()
next(g)
g.send(4)
try:
    g.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield from ["l1", "l2"]
    return "outer-done"


o = outer()
print(next(o), o.send("hello"), next(o), next(o), next(o, "exhausted"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take_while_small(gen, limit):
    for v in gen:
        if v > limit:
            gen.close()
            return
        yield v


print(list(take_while_small(fib(), 100)))


def bad():
    yield 1
    raise StopIteration("inside")


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def lines():
    for text in ["a,1", "b,2", "#skip", "c,3", ""]:
        yield text


parsed = (l.split(",") for l in lines() if l and not l.startswith("#"))
pairs = ((k, int(v)) for k, v in parsed)
print(dict(pairs))
squares = (i * i for i in range(5))
print(sum(squares), sum(squares), list(squares))
gen = (x for x in [1, 2, 3])
print(next(gen), list(gen), next(gen, "none"))


def tracer():
    try:
        yield 1
        yield 2
    finally:
        print("tracer finally")


t = tracer()
print(next(t))
del t
print("after del")


class CountDown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


cd = CountDown(3)
print(list(cd), list(cd), [x * y for x in CountDown(2) for y in CountDown(2)])
it = iter(CountDown(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))
try:
    g2 = (1 / x for x in [1, 0])
    print(next(g2))
    print(next(g2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

"""Generator protocol: send, throw, close, return values, yield from delegation and cleanup."""


def accumulator():
    total = 0
    count = 0
    try:
        while True:
            value = yield total
            if value is None:
                break
            total += value
            count += 1
    except GeneratorExit:
        print("  accumulator closed after", count, "values")
        raise
    finally:
        print("  accumulator finally")
    return total


def delegate():
    result = yield from accumulator()
    print("  delegate got", result)
    yield "done"


def resilient():
    while True:
        try:
            x = yield
            print("  got", x)
        except ValueError as e:
            print("  handled", e)
            yield "recovered"


gen = accumulator()
print(next(gen))
for v in (5, 10, 20):
    print("running total", gen.send(v))
gen.close()
try:
    next(gen)
except StopIteration:
    print("closed state: exhausted")

d = delegate()
next(d)
d.send(1)
d.send(2)
print(d.send(None))

r = resilient()
next(r)
r.send("a")
print(r.throw(ValueError("bad")))
next(r)
r.send("b")
r.close()


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


g = countdown(3)
print(list(g))
g2 = countdown(2)
try:
    while True:
        print(next(g2))
except StopIteration as stop:
    print("StopIteration value:", stop.value)


def pipeline(source):
    for line in source:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()


config = """
# comment
name = demo
 size=10

mode = fast = really
"""
print(dict(pipeline(config.splitlines())))
squares = (i * i for i in range(10) if i % 3)
print(sum(squares), list(squares))
nested = [[x for x in range(y)] for y in range(4)]
print(nested, [x for row in nested for x in row if x])

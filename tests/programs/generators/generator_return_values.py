# Generator return values reach StopIteration.value through next() and send(); a generator
# expression that raised stays exhausted; StopIteration escaping a generator becomes RuntimeError.


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def averager():
    total, count = 0, 0
    while True:
        value = yield
        if value is None:
            return total / count if count else 0.0
        total += value
        count += 1


def delegate(values):
    result = yield from averager_of(values)
    yield f"average {result}"


def averager_of(values):
    acc = averager()
    next(acc)
    for v in values:
        acc.send(v)
    try:
        acc.send(None)
    except StopIteration as stop:
        return stop.value
    yield "unreachable"


g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as stop:
    print("returned", stop.value)
print(next(g, "default after end"))
print(list(delegate([1, 2, 3, 6])))

data = ["1", "2", "x", "4"]
numbers = (int(s) for s in data)
print(next(numbers), next(numbers))
try:
    next(numbers)
except ValueError as e:
    print("failed:", e)
print(list(numbers))


def leaky():
    yield 1
    raise StopIteration("inner")


try:
    print(list(leaky()))
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__)

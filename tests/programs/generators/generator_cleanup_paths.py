# Generators with try/except/finally and with-blocks around yield: cleanup when closed, when a loop
# breaks out early, when an exception is thrown in, and when delegating with yield from.


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return et is KeyError


def lines(name, log, n):
    with Resource(name, log) as r:
        for i in range(n):
            yield f"{r.name}-{i}"
    log.append(f"after with {name}")


def guarded(log):
    attempts = 0
    while True:
        try:
            value = yield attempts
        except ValueError as e:
            log.append(f"recovered from {e}")
            attempts += 1
            continue
        except GeneratorExit:
            log.append("closing guarded")
            raise
        finally:
            log.append(f"finally #{attempts}")
        if value == "quit":
            return attempts
        attempts += 1


def inner(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("inner cleanup")


def outer(log):
    try:
        result = yield from inner(log)
        yield 3
        return result
    finally:
        log.append("outer cleanup")


def counting(log):
    total = 0
    try:
        for i in range(10):
            total += i
            yield total
    finally:
        log.append(f"counting stopped at {total}")


def swallow_once(log):
    try:
        yield "a"
    except KeyError as e:
        log.append(f"swallowed {e!r}")
    yield "b"
    try:
        yield "c"
    finally:
        log.append("last finally")


def early_return(flag):
    try:
        if flag:
            return "early"
        yield "value"
    finally:
        print("  early_return finally, flag =", flag)


log = []
print(list(lines("full", log, 2)))
for item in lines("partial", log, 5):
    if item.endswith("1"):
        break
log.append("loop done")
print(log)

log = []
g = guarded(log)
print(next(g), g.send(None), g.throw(ValueError("bad")), g.send(None))
try:
    g.send("quit")
except StopIteration as stop:
    print("returned", stop.value)
print(log)

log = []
g = guarded(log)
next(g)
g.close()
print(log)

log = []
o = outer(log)
print(next(o), next(o))
o.close()
print(log)
log = []
print(list(outer(log)), log)

log = []
for total in counting(log):
    if total > 10:
        break
print("broke out:", log)
c = counting(log)
print(next(c), next(c))
del c
print("after del:", log)

log = []
s = swallow_once(log)
print(next(s), s.throw(KeyError("k")), next(s))
s.close()
print(log)

print(list(early_return(True)), list(early_return(False)))


def failing_cleanup():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup failed")


f = failing_cleanup()
next(f)
try:
    f.close()
except RuntimeError as e:
    print("close raised:", e)

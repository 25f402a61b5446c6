# Generators with try/finally: cleanup on close(), on break, on exceptions, and GeneratorExit.


def resource(name, log):
    log.append(f"open {name}")
    try:
        for i in range(5):
            yield f"{name}:{i}"
    except GeneratorExit:
        log.append(f"GeneratorExit in {name}")
        raise
    finally:
        log.append(f"close {name}")


log = []
g = resource("a", log)
print(next(g), next(g))
g.close()
print(log)
log.clear()
gb = resource("b", log)
for item in gb:
    if item.endswith("2"):
        break
log.append("after break")
gb.close()
print(log)
log.clear()
print(list(resource("c", log)))
print(log)
log.clear()


def failing(log):
    try:
        yield 1
        raise ValueError("inside generator")
    finally:
        log.append("finally ran")


try:
    for x in failing(log):
        print("got", x)
except ValueError as e:
    print("caught", e, log)


def swallow():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = swallow()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s, "exhausted"))

# Context managers: __enter__/__exit__ classes, exception suppression, nesting, contextlib.
from contextlib import contextmanager, suppress


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def say(self, text):
        print("    " * self.level + text)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        print("begin")
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit", sorted(self.store.items()))
        else:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rollback after {exc_type.__name__}: {exc}")
        return exc_type is KeyError


@contextmanager
def tag(name):
    print(f"<{name}>", end="")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


ind = Indenter()
with ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind as same:
            same.say("three")
    ind.say("back")
print("level", ind.level)

store = {"a": 1}
with Transaction(store) as s:
    s["b"] = 2
with Transaction(store) as s:
    s["c"] = 3
    raise KeyError("missing")
print("after suppressed:", store)
try:
    with Transaction(store) as s:
        s["d"] = 4
        1 / 0
except ZeroDivisionError:
    print("propagated:", store)

with tag("b") as t:
    print(t, end="")
with tag("p"), tag("i"):
    print("text", end="")
with suppress(ValueError):
    int("nope")
    print("not reached")
print("done")

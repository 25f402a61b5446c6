# contextlib without try/yield: a generator context manager's setup and teardown, an exception passing through it,
# suppress(), nullcontext() and the RuntimeError for a generator that never yields.
from contextlib import contextmanager, suppress, nullcontext
log = []
@contextmanager
def tag(name):
    log.append("<" + name + ">")
    yield name.upper()
    log.append("</" + name + ">")
with tag("b") as t:
    log.append(t)
with tag("i"), tag("u"):
    log.append("text")
print(log)
try:
    with tag("x"):
        raise KeyError("inside")
except KeyError as e:
    print("propagated", repr(e), log[-1])
with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with nullcontext(42) as n:
    print("nullcontext gives", n)
@contextmanager
def bad():
    if False:
        yield
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)

# Snippet for the 'contextlib' adapter.
import contextlib
from contextlib import contextmanager, suppress, nullcontext

log = []


@contextmanager
def tag(name):
    log.append("<" + name + ">")
    yield name.upper()
    log.append("</" + name + ">")


@contextlib.contextmanager
def guarded():
    try:
        yield "in"
    except ValueError as e:
        log.append("caught " + str(e))
    finally:
        log.append("finally")


with tag("b") as t:
    log.append(t)
with guarded() as g:
    log.append(g)
    raise ValueError("boom")
print(log)
with suppress(KeyError, IndexError):
    [][1]
with contextlib.suppress(ZeroDivisionError):
    print(1 // 0)
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with nullcontext(42) as n, contextlib.nullcontext() as none:
    print("nullcontext gives", n, none)

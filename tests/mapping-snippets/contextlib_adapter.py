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
import io
import sys
from contextlib import ExitStack, redirect_stdout, redirect_stderr, closing, AbstractContextManager, ContextDecorator

with ExitStack() as stack:
    stack.callback(print, "exit stack unwound")
    print("entered", stack.enter_context(nullcontext("x")))
out, err = io.StringIO(), io.StringIO()
with redirect_stdout(out), redirect_stderr(err):
    print("captured")
    print("captured err", file=sys.stderr)
print(repr(out.getvalue()), repr(err.getvalue()))


class Thing:
    def close(self):
        print("thing closed")


with closing(Thing()):
    pass


class Noisy(AbstractContextManager, ContextDecorator):
    def __exit__(self, *exc):
        print("noisy exit")


@Noisy()
def decorated():
    print("decorated body")


decorated()
with Noisy() as same:
    print(type(same).__name__)

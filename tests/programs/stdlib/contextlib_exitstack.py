# contextlib beyond contextmanager: ExitStack (LIFO unwinding, callbacks, push of __exit__ methods and plain
# callables, suppression, exception chaining between failing callbacks, pop_all, close), redirect_stdout and
# redirect_stderr (nested and reused), closing, AbstractContextManager, ContextDecorator, and __context__ assignment.
import io
import sys
from contextlib import (AbstractContextManager, ContextDecorator, ExitStack, closing, contextmanager,
                        redirect_stderr, redirect_stdout, suppress)


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out


def raiser(exc):
    def f(*args):
        raise exc
    return f


class Tracked(AbstractContextManager):
    def __init__(self, name, log, swallow=False):
        self.name, self.log, self.swallow = name, log, swallow

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return self.swallow


log = []
with ExitStack() as stack:
    got = [stack.enter_context(Tracked(n, log)) for n in "abc"]
    stack.callback(log.append, "callback with arg")
    stack.push(lambda *exc: log.append(f"pushed callable {exc[0]}"))
    stack.push(Tracked("pushed-cm", log))
print(got, log)

log = []
with ExitStack() as stack:
    stack.enter_context(Tracked("outer", log))
    stack.enter_context(Tracked("swallower", log, swallow=True))
    stack.enter_context(Tracked("inner", log))
    raise KeyError("suppressed by a callback")
print("after suppressed body:", log)

log = []
with ExitStack() as stack:
    stack.enter_context(Tracked("kept", log))
    moved = stack.pop_all()
    log.append("body done")
print(log)
moved.close()
print(log, type(moved).__name__)

try:
    with ExitStack() as s:
        s.callback(raiser(KeyError("first-registered")))
        s.callback(raiser(ValueError("second-registered")))
except Exception as e:
    print("no incoming:", chain(e))
try:
    with ExitStack() as s:
        s.callback(raiser(KeyError("a")))
        s.callback(raiser(ValueError("b")))
        raise IndexError("body")
except Exception as e:
    print("incoming:", chain(e))
try:
    with ExitStack() as s:
        s.enter_context(object())
except TypeError as e:
    print("TypeError:", e)

cb = ExitStack().callback(print, "never run")
print(cb is print)


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")


with ExitStack() as stack:
    for name in ("html", "body", "p"):
        stack.enter_context(tag(name))
    print("text")

buf, err = io.StringIO(), io.StringIO()
with redirect_stdout(buf):
    print("to buffer")
    with redirect_stderr(err):
        print("to stderr buffer", file=sys.stderr)
    inner = io.StringIO()
    with redirect_stdout(inner):
        print("nested")
    print("back to buffer", inner.getvalue().strip())
print(repr(buf.getvalue()), repr(err.getvalue()))
again = redirect_stdout(io.StringIO())
with again as target:
    print("first use")
with again:
    print("second use")
print(repr(target.getvalue()))


class Conn:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True
        print("closed")


with closing(Conn()) as c:
    print("open", c.closed)
with suppress(ZeroDivisionError):
    with closing(Conn()):
        1 / 0


class announce(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("finish", exc[0].__name__ if exc[0] else None)
        return False


@announce()
def work(x):
    print("working", x)
    return x * 2


print(work(21), work.__name__)
try:
    announce()(raiser(RuntimeError("in decorated")))()
except RuntimeError as e:
    print("RuntimeError:", e)

e = KeyError("k")
e.__context__ = ValueError("v")
print(chain(e))
e.__cause__ = IndexError("i")
print(e.__suppress_context__, repr(e.__cause__))
for attr, value in (("__cause__", 1), ("__context__", "x"), ("__suppress_context__", 0)):
    try:
        setattr(e, attr, value)
    except TypeError as exc:
        print("TypeError:", exc)

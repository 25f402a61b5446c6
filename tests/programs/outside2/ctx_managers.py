import contextlib
import io
import sys


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("html") as t:
    with tag("body"):
        print("content", t)


@contextlib.contextmanager
def suppress_and_report(*excs):
    try:
        yield
    except excs as e:
        print("suppressed", type(e).__name__, e)


with suppress_and_report(KeyError, IndexError):
    [][1]
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("continuing")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("another")
print(repr(buf.getvalue()), buf.getvalue().count("\n"))


class Timer:
    def __init__(self):
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, *exc):
        print("exit with", exc[0])
        return False


tm = Timer()
with tm:
    pass
try:
    with tm as again:
        raise RuntimeError("x")
except RuntimeError:
    print("reraised", again.entered)
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback ran")
    print(names)


class Closeable:
    def close(self):
        print("closed!")


with contextlib.closing(Closeable()):
    print("using closeable")
s = io.StringIO("line1\nline2\nline3\n")
print(s.readline(), s.read(), s.tell())
s2 = io.StringIO()
s2.write("abc")
s2.write("def")
print(s2.getvalue(), s2.tell())
for i, line in enumerate(io.StringIO("x\ny\n")):
    print(i, line.rstrip())
print("to stderr", file=sys.stderr)
sys.stdout.write("direct write\n")
print("a", "b", sep="-", end="!\n")
print(*range(5), sep=", ")
b = io.BytesIO(b"bytes data")
print(b.read(5), b.read())


@contextlib.contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception as e:
        db.clear()
        db.update(snapshot)
        print("rolled back:", e)


db = {"x": 1}
with transaction(db) as d:
    d["y"] = 2
with transaction(db) as d:
    d["z"] = 3
    raise ValueError("oops")
print(db)

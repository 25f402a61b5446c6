# contextlib: contextmanager with exception handling, ExitStack, suppress, redirect_stdout to StringIO,
# closing, nullcontext.
from contextlib import contextmanager, ExitStack, suppress, redirect_stdout, closing, nullcontext
import io


@contextmanager
def section(name, log):
    log.append(f"start {name}")
    try:
        yield len(log)
    except ValueError as e:
        log.append(f"{name} handled {e}")
    else:
        log.append(f"{name} ok")
    finally:
        log.append(f"end {name}")


log = []
with section("a", log) as n:
    log.append(f"inside a, n={n}")
with section("b", log):
    raise ValueError("boom")
print(log)
log = []
with ExitStack() as stack:
    for name in "xyz":
        stack.enter_context(section(name, log))
    stack.callback(log.append, "callback ran")
print(log)
with suppress(KeyError, IndexError):
    [][1]
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2)
print(repr(buf.getvalue()))


class Resource:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


r = Resource()
with closing(r) as res:
    print("using", res is r, r.closed)
print("closed:", r.closed)
with nullcontext(42) as v:
    print(v)
out = io.StringIO()
out.write("abc")
out.write("def\n")
print(out.getvalue(), end="")
print(io.StringIO("l1\nl2\n").readlines())

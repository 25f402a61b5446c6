from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext
import io
class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"exit {self.name} {et.__name__ if et else None} {ev}")
        return et is KeyError
with Timer("a") as t:
    print("inside", t.name)
with Timer("b"):
    raise KeyError("swallowed")
try:
    with Timer("c"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("div handled")
    finally:
        print(f"</{name}>")
with tag("p") as T:
    print("body", T)
with tag("div"):
    1 / 0
with tag("outer"), tag("inner") as i:
    print("nested", i)
with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("after suppress")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ["x", "y"]]
    stack.callback(print, "callback ran")
    print(names)
class Res:
    def close(self):
        print("closed res")
with closing(Res()):
    print("using res")
with nullcontext(5) as n:
    print(n)
buf = io.StringIO()
buf.write("hello\n")
print("world", file=buf)
buf.writelines(["a\n", "b\n"])
print(repr(buf.getvalue()))
rd = io.StringIO("l1\nl2\nl3")
print(rd.readline(), rd.read(), rd.readline() == "")
rd.seek(0)
print([ln.rstrip() for ln in rd])
print("a", "b", sep="-", end="!\n")
print(*range(5), sep=", ")
import sys
sys.stdout.write("direct write\n")
print("to stderr", file=sys.stderr)
def gen_cm():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
for v in gen_cm():
    print(v)
    break
import gc
class Acquire:
    count = 0
    def __enter__(self):
        Acquire.count += 1
        return Acquire.count
    def __exit__(self, *a):
        Acquire.count -= 1
        return False
with Acquire() as a1, Acquire() as a2:
    print(a1, a2, Acquire.count)
print(Acquire.count)
def early():
    with Timer("ret"):
        return "returned"
print(early())
for i in range(3):
    with Timer(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break

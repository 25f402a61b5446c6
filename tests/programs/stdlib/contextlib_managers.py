# contextlib: generator-based context managers (setup/teardown order, exceptions thrown into the
# generator, suppression by the generator), suppress() and nullcontext().
from contextlib import contextmanager, suppress, nullcontext
import contextlib

log = []


@contextmanager
def tag(name):
    log.append("<" + name + ">")
    yield name.upper()
    log.append("</" + name + ">")


@contextmanager
def swallowing(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)


@contextmanager
def cleanup(label):
    print("open", label)
    try:
        yield label * 2
    finally:
        print("close", label)


@contextmanager
def translating():
    try:
        yield
    except KeyError as e:
        raise ValueError("missing key " + str(e)) from e


class Indenter:
    def __init__(self):
        self.level = 0

    @contextmanager
    def indented(self):
        self.level += 1
        try:
            yield self
        finally:
            self.level -= 1

    def line(self, text):
        print("  " * self.level + text)


with tag("b") as t:
    log.append(t)
with tag("i"), tag("u"):
    log.append("text")
print(log)

with swallowing(ZeroDivisionError):
    print(1 / 0)
print("after swallow")

try:
    with swallowing(KeyError):
        raise IndexError("not mine")
except IndexError as e:
    print("propagated", e)

try:
    with cleanup("x") as v:
        print("body", v)
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)

try:
    with translating():
        {}["k"]
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

ind = Indenter()
ind.line("top")
with ind.indented():
    ind.line("one")
    with ind.indented():
        ind.line("two")
    ind.line("one again")
ind.line("top again")

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
with contextlib.nullcontext() as nothing:
    print(nothing)

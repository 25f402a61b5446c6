"""print() writes to the current sys.stdout: capturing output in a StringIO, restoring, and sys.stdout = None."""
import io
import sys


def noisy(n):
    for i in range(n):
        print("line", i, sep=":", end=";")
    print()
    return n * 2


buf = io.StringIO()
saved = sys.stdout
sys.stdout = buf
result = noisy(3)
print("inside", result)
sys.stdout.write("direct\n")
sys.stdout = saved
print("captured:", repr(buf.getvalue()))
print("lines:", buf.getvalue().splitlines())

sys.stdout = None
print("never shown")
sys.stdout = saved
print("back", file=None)
print("to stderr", file=sys.stderr)


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

    def flush(self):
        pass


u = Upper()
sys.stdout = u
print("shout", 1, 2.5, flush=True)
sys.stdout = saved
print(u.parts)


class NoFlush:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


nf = NoFlush()
print("a", "b", sep="", end="", file=nf)
print(file=nf)
try:
    print("x", file=nf, flush=True)
except AttributeError as e:
    print("AttributeError:", e)
print(nf.parts)
sink = io.StringIO()
print(*range(5), sep=", ", file=sink)
print(sink.getvalue(), end="")

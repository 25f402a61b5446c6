# In-memory text streams: building reports, parsing "files", capturing print output.
import io
import sys
from io import StringIO, BytesIO


def render_table(rows, out):
    width = max(len(name) for name, _ in rows)
    for name, score in rows:
        print(f"{name:<{width}} | {score:5.1f}", file=out)
    print("-" * (width + 8), file=out)
    out.write(f"{'total':<{width}} | {sum(s for _, s in rows):5.1f}\n")


def parse_config(stream):
    settings = {}
    for lineno, line in enumerate(stream, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        settings[key.strip()] = value.strip()
        print(f"  line {lineno}: {key.strip()!r}")
    return settings


buf = StringIO()
render_table([("alice", 91.5), ("bob", 78.25), ("charlotte", 88.0)], buf)
report = buf.getvalue()
print(report, end="")
print(len(report), report.count("\n"))

config = io.StringIO("# settings\nname = demo\n\nlevel= 3\nmode =fast\n")
print(parse_config(config))
print(repr(config.read()), config.tell())

# Position handling: seek/tell/read/readline/truncate
s = StringIO("first line\nsecond line\nthird")
print(repr(s.readline()), s.tell())
print(repr(s.read(6)), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0, io.SEEK_END)
s.write("\nfourth")
print(repr(s.getvalue()))
s.seek(5)
s.write("_LINE")
print(repr(s.getvalue()[:20]))
print(s.truncate(10), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable())

# Context manager closes the stream
with StringIO("abc") as t:
    print(t.read(), t.closed)
print(t.closed)
try:
    t.read()
except ValueError as e:
    print("ValueError:", e)

# Capturing "stdout" by passing file=
log = StringIO()
for i in range(3):
    print("step", i, sep="-", end=";", file=log)
print(log.getvalue())
log.writelines(["x\n", "y\n"])
print(log.getvalue().splitlines())

# Errors behave as in CPython
try:
    StringIO().write(42)
except TypeError as e:
    print("TypeError:", e)
try:
    StringIO("x").seek(-1)
except ValueError as e:
    print("ValueError:", e)

# stderr and stdout objects
print("to stderr", file=sys.stderr)
n = sys.stdout.write("written directly\n")
print(n)

# Bytes
b = BytesIO()
b.write(b"hello ")
b.write(bytearray(b"world"))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(5), b.read())
b.seek(-3, 2)
print(b.read())
print(isinstance(buf, io.StringIO), isinstance(b, StringIO), type(buf).__name__)

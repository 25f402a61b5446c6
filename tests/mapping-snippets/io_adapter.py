# Snippet for the 'io' adapter (in-memory streams).
import io
from io import StringIO, BytesIO, SEEK_SET, SEEK_CUR, SEEK_END, IOBase

s = io.StringIO()
print(s.write("hello\n"), s.tell())
s.writelines(["a\n", "b\n"])
print(repr(s.getvalue()), s.seek(0), repr(s.readline()), s.readlines(), repr(s.read()))
s.seek(0)
print(repr(s.read(3)), s.seek(2, SEEK_SET), s.seek(0, SEEK_CUR), s.seek(0, SEEK_END), s.truncate(4), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
s.flush()
s.close()
print(s.closed)
with StringIO("x\ny\n") as t:
    print([line for line in t])
buf = StringIO()
print("to buffer", 1, file=buf)
print(repr(buf.getvalue()))
b = BytesIO(b"abc")
b.seek(0, SEEK_END)
b.write(b"def")
b.writelines([b"\n", b"gh\n"])
b.seek(0)
print(b.read(2), b.readline(), b.readlines(), b.getvalue(), b.tell())
stream: IOBase = b
try:
    s.write("closed")
except ValueError as e:
    print("ValueError:", e)

# open() in text and binary modes: write, append, read by line and by size, newline handling, r+,
# errors as CPython reports them, and a file written without close() flushed when its object dies.
import os
path = "file_roundtrip_tmp.txt"
with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.name, f.closed, f.writable(), f.readable())
    n = f.write("line one\nline two\r\nline three")
    print(n)
    f.writelines(["\nfour\n", "five\n"])
print(f.closed)
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, encoding="utf-8") as f:
    print(repr(f.read(5)), repr(f.readline()), f.readlines())
with open(path, "a") as f:
    f.write("appended ünïcode\n")
print(open(path).read().splitlines())
print(repr(open(path, newline="").read()))
with open(path, "rb") as f:
    data = f.read()
    print(type(f).__name__, len(data), data[:12], f.tell())
    f.seek(5)
    print(f.read(3), f.readline())
with open("file_roundtrip_tmp.bin", "wb") as f:
    f.write(bytes(range(10)))
    f.write(bytearray(b"xyz"))
print(open("file_roundtrip_tmp.bin", "rb").read())
open("file_roundtrip_tmp2.txt", "w").write("unclosed write\n")
print(open("file_roundtrip_tmp2.txt").read(), end="")
try:
    open("no/such/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
try:
    open("missing.txt", "r")
except OSError as e:
    print("OSError:", e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write(b"x")
    except TypeError as e:
        print("TypeError:", e)
for bad in ["rw", "q", "rbt", ""]:
    try:
        open(path, bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    open(path, "x")
except FileExistsError as e:
    print(e)
with open(path, "r+") as f:
    f.write("LINE")
    print(f.read(4))
print(open(path).read())
print(repr(open(path)).startswith("<_io.TextIOWrapper name='file_roundtrip_tmp.txt' mode='r' encoding="))
for p in [path, "file_roundtrip_tmp.bin", "file_roundtrip_tmp2.txt"]:
    os.remove(p)

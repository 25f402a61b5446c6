# Snippet for the 'tempfile' adapter (implemented in Python, compiled with the program).
import os
import tempfile
from tempfile import TemporaryDirectory, NamedTemporaryFile, TemporaryFile, mkdtemp, gettempdir, gettempprefix

print(gettempprefix(), tempfile.template, tempfile.tempdir is None or os.path.isdir(tempfile.tempdir))
t = gettempdir()
print(os.path.isabs(t), os.path.isdir(t), t == tempfile.gettempdir(), tempfile.tempdir == t)
with TemporaryDirectory(prefix="tfa_", suffix="_x") as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("tfa_"), d.endswith("_x"), len(os.path.basename(d)), os.path.dirname(d) == t)
    with open(os.path.join(d, "f.txt"), "w") as f:
        f.write("hi")
    os.mkdir(os.path.join(d, "sub"))
    with NamedTemporaryFile("w+", dir=d, suffix=".txt") as nf:
        nf.write("line1\nline2\n")
        nf.flush()
        nf.seek(0)
        print(nf.read(), os.path.exists(nf.name), nf.name.endswith(".txt"), os.path.dirname(nf.name) == d, nf.closed)
    print(os.path.exists(nf.name), nf.closed, sorted(os.listdir(d)))
    keep = NamedTemporaryFile(dir=d, delete=False, prefix="k")
    keep.write(b"bytes")
    keep.close()
    print(open(keep.name, "rb").read(), os.path.basename(keep.name)[0])
    with TemporaryFile("w+", dir=d) as tf:
        tf.write("abc")
        tf.seek(0)
        print(tf.read(), tf.mode)
    print(len(os.listdir(d)))
print(os.path.exists(d))
td = TemporaryDirectory(dir=".")
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
m = mkdtemp(dir=".")
print(os.path.isdir(m), m.startswith("./tmp"), len(m))
os.rmdir(m)

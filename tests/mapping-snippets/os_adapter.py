# Snippet for the 'os' adapter (constants, environment lookups, the path submodule).
import os
from os import getcwd, getenv, sep, curdir, pardir, extsep, pathsep, defpath, devnull, linesep, name, environ, path

print(sep, curdir, pardir, extsep, pathsep, repr(defpath), devnull, repr(linesep), name)
print(os.sep == sep, os.path is path, path.join("a", "b"))
cwd = getcwd()
print(type(cwd).__name__, os.path.isabs(cwd), cwd == os.getcwd())
print(getenv("PY2WASM_SNIPPET_UNSET"), getenv("PY2WASM_SNIPPET_UNSET", "default"))
print(environ.get("PY2WASM_SNIPPET_UNSET", 7), "PY2WASM_SNIPPET_UNSET" in environ)
try:
    environ["PY2WASM_SNIPPET_UNSET"]
except KeyError as e:
    print("KeyError:", e)
with open("os_adapter_tmp.txt", "w") as f:
    f.write("x")
print(os.path.exists("os_adapter_tmp.txt"), os.remove("os_adapter_tmp.txt"), os.path.exists("os_adapter_tmp.txt"))
open("os_adapter_tmp.txt", "w").close()
os.unlink("os_adapter_tmp.txt")
for rm in [os.remove, os.unlink]:
    try:
        rm("os_adapter_tmp.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e, e.errno, e.filename)
from os import listdir, mkdir, makedirs, rmdir, rename, replace, walk
makedirs("os_adapter_dir/sub", exist_ok=True)
mkdir("os_adapter_dir/other")
open("os_adapter_dir/f.txt", "w").close()
rename("os_adapter_dir/f.txt", "os_adapter_dir/g.txt")
replace("os_adapter_dir/g.txt", "os_adapter_dir/h.txt")
print(sorted(listdir("os_adapter_dir")), [(r, sorted(d), f) for r, d, f in walk("os_adapter_dir/sub")])
os.remove("os_adapter_dir/h.txt")
rmdir("os_adapter_dir/sub")
rmdir("os_adapter_dir/other")
rmdir("os_adapter_dir")
print(os.path.exists("os_adapter_dir"))
from os import stat, lstat, fspath, chmod


class P:
    def __fspath__(self):
        return "os_adapter_stat.txt"


with open(P(), "w") as f:
    f.write("hello")
st = stat("os_adapter_stat.txt")
print(st.st_size, lstat(P()).st_size, type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st[6], len(st), st.st_mtime >= st[8])
print(fspath("a"), fspath(b"b"), fspath(P()), os.path.getsize(P()), os.path.exists(P()))
chmod("os_adapter_stat.txt", 0o640)
print(oct(stat("os_adapter_stat.txt").st_mode & 0o777), oct(stat("os_adapter_stat.txt").st_mode & 0o170000))
for bad in [lambda: fspath(3), lambda: stat("/no/such/file"), lambda: os.remove(P()), lambda: stat(P())]:
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
data = os.urandom(24)
print(type(data).__name__, len(data), len(os.urandom(0)), len({os.urandom(16) for _ in range(20)}))
for bad in [-1, "3", 2.5, 2 ** 70]:
    try:
        os.urandom(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["1", 1.0, 2 ** 40, -2 ** 31 - 1]:
    try:
        os._exit(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

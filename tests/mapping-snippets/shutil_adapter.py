# Snippet for the 'shutil' adapter (implemented in Python, compiled with the program).
import io
import os
import shutil
from shutil import copyfile, copy, copy2, copytree, rmtree, move, which, ignore_patterns, copymode, copyfileobj

base = "shutil_adapter_dir"
os.makedirs(base + "/src/sub", exist_ok=True)
for f, text in [("src/a.txt", "alpha"), ("src/b.log", "beta"), ("src/sub/c.txt", "gamma")]:
    with open(os.path.join(base, f), "w") as fh:
        fh.write(text)
print(copyfile(base + "/src/a.txt", base + "/a2.txt"), open(base + "/a2.txt").read())
print(copy(base + "/src/a.txt", base), copy2(base + "/src/b.log", base + "/b2.log"), os.stat(base + "/b2.log").st_size)
copymode(base + "/src/a.txt", base + "/a2.txt")
out = io.StringIO()
copyfileobj(io.StringIO("stream" * 3), out, 4)
print(out.getvalue(), shutil.COPY_BUFSIZE)
print(copytree(base + "/src", base + "/dst"), sorted(os.listdir(base + "/dst")), sorted(os.listdir(base + "/dst/sub")))
print(copytree(base + "/src", base + "/dst2", ignore=ignore_patterns("*.log")), sorted(os.listdir(base + "/dst2")))
copytree(base + "/src", base + "/dst2", dirs_exist_ok=True)
print(sorted(os.listdir(base + "/dst2")))
print(move(base + "/dst2", base + "/dst3"), move(base + "/a2.txt", base + "/dst3"), sorted(os.listdir(base + "/dst3")))
print(move(base + "/b2.log", base + "/b3.log"), os.path.exists(base + "/b2.log"))
for bad in [lambda: copyfile(base + "/src/a.txt", base + "/src/a.txt"), lambda: copytree(base + "/src", base + "/dst"),
            lambda: move(base + "/a.txt", base + "/dst3"), lambda: copyfile(base + "/nope", base + "/x"), lambda: rmtree(base + "/nope")]:
    try:
        bad()
    except shutil.Error as e:
        print(type(e).__name__, e)
    except OSError as e:
        print(type(e).__name__, e)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError), issubclass(shutil.SpecialFileError, OSError))
print(issubclass(shutil.ExecError, OSError), issubclass(shutil.ReadError, OSError), issubclass(shutil.RegistryError, Exception))
print(which("definitely-not-a-command-xyz"), which("x", path=""), which(base + "/src/a.txt"))
rmtree(base + "/nope", ignore_errors=True)
rmtree(base)
print(os.path.exists(base))

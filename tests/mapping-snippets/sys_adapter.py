# Snippet for the 'sys' adapter.
# py2wasm-args: a1 "b 2"
import sys
from sys import maxsize, stdout

print(sys.argv[1:], len(sys.argv) >= 1, sys.argv[0].endswith("sys_adapter.py"))
print(sys.maxsize == 2 ** 63 - 1, maxsize, sys.version_info[:2] >= (3, 8), sys.version_info[0], type(sys.version).__name__)
print(sys.platform in ("linux", "darwin", "win32", "wasi", "emscripten"), sys.byteorder)
print(repr(sys.stdin.readline()), [line.rstrip() for line in sys.stdin])
sys.stdout.write("written to stdout\n")
stdout.write("through the imported name\n")
sys.stderr.write("to stderr (not compared)\n")
print("via print file=", file=sys.stdout)
old = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
sys.argv.append("extra")
print(sys.argv[-1])
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
sys.stdout.flush()
sys.exit("bye")

# Snippet for the 'sys' adapter.
# py2wasm-args: a1 "b 2"
import sys
from sys import maxsize, stdout

print(sys.argv[1:], len(sys.argv) >= 1, sys.argv[0].endswith("sys_adapter.py"))
print(sys.maxsize == 2 ** 63 - 1, maxsize, sys.version_info[:2] >= (3, 8), sys.version_info[0], type(sys.version).__name__)
print(sys.version_info.major, sys.version_info.minor >= 8, sys.version_info.releaselevel, type(sys.version_info.micro).__name__, type(sys.version_info.serial).__name__)
print(sys.float_info, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.max_10_exp, sys.float_info.min_10_exp, sys.float_info.radix, sys.float_info.rounds)
print(sys.int_info, sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
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
print("exc_info outside:", sys.exc_info(), sys.exception())
try:
    {}["missing"]
except KeyError as e:
    t, v, tb = sys.exc_info()
    print("exc_info inside:", t.__name__, v is e, tb is not None, sys.exception() is e)
sys.stdout.flush()
sys.exit("bye")

import sys
import atexit


def cleanup():
    print("atexit handler ran")


atexit.register(cleanup)


class Cfg:
    verbose = False


def main(argv):
    print("argv0 endswith .py:", argv[0].endswith(".py") or True, len(argv))
    data = [3, 1, 2]
    data.sort()
    print(data)
    if sum(data) == 6:
        print("exiting with 3")
        return 3
    return 0


try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise SystemExit("msg")
except SystemExit as e:
    print("caught", repr(e.code))
print(sys.maxsize, sys.byteorder, sys.version_info[0], type(sys.version_info.minor).__name__)
print(sys.platform != "", isinstance(sys.argv, list), sys.float_info.max > 1e300, sys.int_info is not None)
sys.stdout.flush()
sys.exit(main(sys.argv))

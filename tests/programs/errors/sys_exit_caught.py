# SystemExit is an exception: it can be caught, inspected and re-raised; final exit status 2.
import sys


def main():
    try:
        sys.exit(5)
    except SystemExit as e:
        print("caught SystemExit with code", e.code)
    try:
        sys.exit("message exits are status 1")
    except SystemExit as e:
        print("caught SystemExit with code", repr(e.code))
    print("is BaseException:", issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
    try:
        raise SystemExit(2)
    except Exception:
        print("not reached: SystemExit is not an Exception")
    finally:
        print("finally before exit")


main()

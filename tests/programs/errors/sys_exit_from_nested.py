# Expected: exit status 4 via sys.exit called deep inside nested function calls; with-block exits run.
import sys


class Step:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def validate(values):
    for v in values:
        if v < 0:
            print("invalid value", v)
            sys.exit(4)


with Step("outer"):
    with Step("inner"):
        validate([1, 2, -3, 4])
print("not reached")

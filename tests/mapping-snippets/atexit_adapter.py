# Snippet for the 'atexit' adapter.
import atexit
from atexit import register, unregister


def report(name, *, suffix="!"):
    print("exit handler", name + suffix)


def never():
    print("never printed")


@atexit.register
def decorated():
    print("decorated handler")


register(report, "first")
register(never)
print(register(report, "second", suffix="?") is report)
unregister(never)
try:
    register(42)
except TypeError as e:
    print("TypeError:", e)
print("main done")

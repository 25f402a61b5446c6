# Helper module (not a program): registers handlers into _registry at import time.
from _registry import handler

print("importing _plugins_a")


@handler("double")
def double(x):
    return 2 * x


@handler("greet")
def greet(name):
    return f"hello {name}"

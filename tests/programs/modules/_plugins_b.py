# Helper module (not a program): also imports _registry (already imported: no second print).
import _registry

print("importing _plugins_b")


@_registry.handler("square")
def square(x):
    return x * x

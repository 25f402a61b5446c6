# Helper module (not a program): prints on import (once), holds a registry mutated by importers.
print("importing _registry")

HANDLERS = {}


def handler(name):
    def deco(fn):
        HANDLERS[name] = fn
        return fn
    return deco


def dispatch(name, *args):
    if name not in HANDLERS:
        raise LookupError(f"no handler for {name!r}")
    return HANDLERS[name](*args)

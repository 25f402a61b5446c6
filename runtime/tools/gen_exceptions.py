"""Writes runtime/tests/data/exceptions.json: for each built-in exception
class the runtime defines, CPython's MRO (names) and str/repr of an instance."""
import builtins
import json
import os
import sys

assert sys.version_info[:2] == (3, 11)
out = {}
for name in dir(builtins):
    cls = getattr(builtins, name)
    if isinstance(cls, type) and issubclass(cls, BaseException):
        if name in ("EnvironmentError", "IOError"):
            continue  # aliases of OSError
        def attempt(f):
            try:
                return f()
            except Exception:  # classes with special constructors (Unicode*Error, SyntaxError)
                return None
        plain = name not in ("SyntaxError", "IndentationError", "TabError", "OSError") and not issubclass(cls, (OSError, UnicodeError, BaseExceptionGroup))
        out[name] = {"mro": [c.__name__ for c in cls.__mro__[1:] if c is not object],
                     "str1": attempt(lambda: str(cls("m"))) if plain else None,
                     "repr2": attempt(lambda: repr(cls("a", 1))) if plain else None}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "exceptions.json")
with open(path, "w") as f:
    json.dump(out, f, indent=0, sort_keys=True)
print(len(out), "exception classes")

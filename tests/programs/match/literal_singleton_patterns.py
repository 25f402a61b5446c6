# Literal patterns (ints, strings, negative numbers, floats, complex), singletons None/True/False,
# and value patterns via dotted names.
from enum import Enum


class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500


class Limits:
    LOW = 0
    HIGH = 100


def classify(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 3.5:
            return "three and a half"
        case 1j:
            return "imaginary unit"
        case "yes" | "y":
            return "affirmative"
        case b"raw":
            return "bytes"
        case Limits.HIGH:
            return "high limit"
        case Status.NOT_FOUND:
            return "404 enum"
        case Status():
            return f"other status {v.name}"
        case int() | float() as n if n > 1000:
            return "big number"
        case str() as s:
            return f"string of {len(s)}"
        case _:
            return f"other {type(v).__name__}"


for v in [None, True, False, 0, 0.0, -1, 3.5, 1j, "yes", "y", b"raw", 100, Status.NOT_FOUND, Status.OK,
          5000, 2e9, "hello", [1], 7, 1.0]:
    print(repr(v), "->", classify(v))

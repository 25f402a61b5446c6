"""Exception semantics: finally overriding, nested handlers, context, custom hierarchies, exit codes."""
import sys


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg

    def __str__(self):
        return f"[{self.code}] {self.msg}"


class NotFound(AppError):
    pass


def f_finally_return():
    try:
        return "try"
    finally:
        print("  finally runs")


def f_finally_override():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def f_loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(f_finally_return())
print(f_finally_override())
print(f_loop())

try:
    raise NotFound(404, "page missing")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(e, "| context:", type(e.__context__).__name__, e.__context__)

errors = []
for thing in [[1, 2], "ab", None, 5, {"a": 1}]:
    try:
        print(thing[1])
    except (IndexError, KeyError) as e:
        errors.append(f"lookup {type(e).__name__}: {e}")
    except TypeError as e:
        errors.append(f"type: {e}")
    else:
        errors.append("ok")
print("\n".join(errors))

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)

e = ValueError("a", 1)
print(str(e), repr(e), e.args, str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(isinstance(NotFound(1, "x"), Exception), issubclass(NotFound, AppError), NotFound.__mro__[1].__name__)

def risky(n):
    if n > 2:
        raise NotFound(n, "too big")
    return n

total = 0
for n in range(5):
    try:
        total += risky(n)
    except NotFound as e:
        print("skip", e)
print("total", total)
sys.stdout.flush()
raise SystemExit(3)

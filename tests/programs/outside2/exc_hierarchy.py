import sys


class AppError(Exception):
    code = 1

    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ValidationError(AppError):
    code = 2


class NotFound(AppError, LookupError):
    code = 3


def validate(rec):
    if "id" not in rec:
        raise ValidationError("missing id", detail=sorted(rec))
    if rec["id"] < 0:
        raise ValidationError("negative id")
    return rec["id"]


def find(db, key):
    try:
        return db[key]
    except KeyError as e:
        raise NotFound(f"no record {key!r}") from e


db = {1: "one", 2: "two"}
for rec in [{"id": 1}, {"name": "x"}, {"id": -5}]:
    try:
        print("valid", validate(rec))
    except AppError as e:
        print(type(e).__name__, e, e.code, e.args)
try:
    find(db, 9)
except LookupError as e:
    print(repr(e) if False else str(e), type(e.__cause__).__name__, e.__cause__, isinstance(e, NotFound))


def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            return "one"
        return 10 // (n - 2)
    except ValueError as e:
        print("handled", e)
        return "recovered"
    except ZeroDivisionError:
        print("div by zero")
        raise
    else:
        print("no exception for", n)
    finally:
        print("finally", n)


for n in range(4):
    try:
        print("->", risky(n))
    except ZeroDivisionError as e:
        print("outer caught", e)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, repr(e.__context__), e.__suppress_context__)

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)]) if sys.version_info >= (3, 11) else ValueError(1)
except* ValueError as eg:
    print("got value errors", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("got type errors", len(eg.exceptions))


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return et is ValueError


with Resource("a") as r1, Resource("b") as r2:
    print("using", r1.name, r2.name)
with Resource("c"):
    raise ValueError("suppressed")
print("after suppression")
try:
    with Resource("d"):
        raise TypeError("propagates")
except TypeError as e:
    print("propagated", e)
e = AppError("plain")
print(str(e), repr(e), e.args, AppError.__mro__[1].__name__)
print(issubclass(NotFound, LookupError), issubclass(ValidationError, AppError))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    int("x")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    {}["a"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
def fail():
    raise NotFound("fatal record", detail="exit")
fail()

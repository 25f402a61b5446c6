class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[1]}"


class DbError(AppError):
    pass


def risky(n):
    if n == 0:
        raise DbError(500, "db down")
    if n == 1:
        raise KeyError("missing")
    if n == 2:
        return {}["x"]
    if n == 3:
        raise ValueError("bad", 3)
    return n


for n in range(5):
    try:
        print("ok", risky(n))
    except AppError as e:
        print(type(e).__name__, e, e.args, e.code, repr(e))
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
    except Exception as e:
        print(type(e).__name__, e, e.args)

try:
    try:
        risky(0)
    except DbError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))


def f():
    try:
        return "try"
    finally:
        print("finally runs")


def g():
    try:
        raise KeyError("k")
    finally:
        return "finally wins"


def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return i


print(f(), g(), h())

try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except ExceptionGroup as eg:
    print(eg, len(eg.exceptions), [type(x).__name__ for x in eg.exceptions])
    match, rest = eg.split(ValueError)
    print(match.exceptions, rest.exceptions)

print(issubclass(DbError, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(str(KeyError("a")), str(KeyError("a", "b")), str(ValueError()), repr(ValueError()), str(OSError(2, "No such file")))
errors = []
for bad in ["1.5", "abc", "", "7"]:
    try:
        errors.append(int(bad))
    except ValueError as exc:
        errors.append(str(exc))
print(errors)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError


with Resource("a") as ra, Resource("b") as rb:
    raise KeyError("swallowed")
print("after with")
try:
    with Resource("c"):
        raise IndexError("escapes")
except IndexError as e:
    print("caught", repr(e))
raise DbError(404, "final uncaught")

# Built-in exception objects: args, str/repr, KeyError quoting, OSError-free subclasses, isinstance.

cases = [
    lambda: int("abc"),
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: 1 / 0,
    lambda: 7 % 0,
    lambda: None.upper(),
    lambda: "x" + 1,
    lambda: float("nan?"),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: "abc".index("z"),
    lambda: next(iter([])),
    lambda: tuple()[0],
    lambda: int("9" * 5, 2),
    lambda: "%d" % "x",
    lambda: range(3)[10],
    lambda: [1, 2, 3].remove(9),
    lambda: ord("ab"),
    lambda: chr(-1),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, "|", e, "|", len(e.args))
e = ValueError("msg", 42)
print(e.args, str(e), repr(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(Exception()))
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))

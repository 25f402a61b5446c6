class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key


def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(k) from e


try:
    lookup({"a": 1}, "b")
except AppError as e:
    print(type(e).__name__, e, e.key, repr(e.__cause__), isinstance(e, Exception))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print("context:", type(e.__context__).__name__, e)
print(repr(ValueError("a", 2)), str(KeyError("k")), ValueError().args)


def outer():
    inner()


def inner():
    raise RuntimeError("boom")


outer()

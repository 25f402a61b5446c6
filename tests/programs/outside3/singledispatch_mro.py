# functools.singledispatch walks the full MRO, including built-in ones (bool -> int, KeyError -> LookupError).
from functools import singledispatch


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(str)
def _(x):
    return f"str {x.upper()}"


@describe.register
def _(x: LookupError):
    return f"lookup error {type(x).__name__}"


@describe.register
def _(x: Exception):
    return f"exception {type(x).__name__}"


class MyInt(int):
    pass


class MyKey(KeyError):
    pass


for v in [5, True, False, MyInt(7), "ab", 2.5, None, KeyError("k"), IndexError(), MyKey(), ValueError(), ZeroDivisionError()]:
    print(describe(v))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.dispatch(object))
print(describe.dispatch(ArithmeticError) is describe.dispatch(Exception))

# X | Y of types at run time (types.UnionType): repr, __args__, isinstance, equality with typing.Optional/Union,
# flattening and deduplication, typing aliases on either side giving typing.Union, and CPython's TypeErrors.
from typing import Optional, Union, List
class C: pass
u = int | None
print(u, int | str | int, C | None, list[int] | None, int | (str | bytes), u.__args__, type(u).__name__, type(u).__module__)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance("x", int | float), issubclass(bool, int | str) if False else "", u == (None | int), u == Optional[int], Optional[int] == u, hash(int | str) == hash(str | int))
print(List[int] | None, Union[int, str] | bytes, int | int)
for bad in (lambda: None | None, lambda: 3 | int, lambda: int | "str"):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
def f(x: int | None = None) -> str | None:
    return None if x is None else str(x)
print(f(), f(4))
from typing import TypeVar, NewType
T = TypeVar("T")
UserId = NewType("UserId", int)
print(T | None, None | T, T | int, UserId | None, Optional[T] == (T | None), list[T] | None, int | "x" if False else "")
def f(x: T | None = None) -> list[T] | None: return None
print(f.__annotations__)

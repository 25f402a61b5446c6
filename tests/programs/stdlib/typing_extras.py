from typing import (overload, final, Annotated, AnyStr, ParamSpec, Concatenate, TypeGuard, Callable, TypeVar, IO, TextIO, Pattern,
                    ContextManager, MutableSet, OrderedDict, assert_never, assert_type, no_type_check, LiteralString, Union, Literal, get_args, get_origin)
import functools, sys

P = ParamSpec("P")
R = TypeVar("R")

def logged(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return inner

@logged
def add(a: int, b: int = 2) -> int:
    return a + b

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

@final
class Leaf:
    pass

def is_str_list(v: list) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in v)

def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b

Meters = Annotated[float, "unit: m"]
def run(d: Meters, out: TextIO = sys.stdout) -> None:
    print(f"{d:.1f} m", file=out)

def handle(x: Union[int, str]) -> str:
    if isinstance(x, int):
        return "int"
    elif isinstance(x, str):
        return "str"
    else:
        assert_never(x)

print(add(1), add(3, b=4), double(4), double("ab"), Leaf.__final__, is_str_list(["a"]), is_str_list([1]))
print(concat("a", "b"), concat(b"x", b"y"), handle(1), handle("s"), assert_type(3, int))
run(2.25)
print(P, P.args, P.kwargs, AnyStr, AnyStr.__constraints__, Meters, Meters.__metadata__, get_origin(Meters) is Annotated or get_origin(Meters))
print(Concatenate[int, P], TypeGuard[int], MutableSet[int], OrderedDict[str, int], LiteralString)
try:
    assert_never(5)
except AssertionError as e:
    print("AssertionError:", e)
try:
    @overload
    def g(x: int) -> int: ...
    g(1)
except NotImplementedError as e:
    print(str(e)[:40])
print(add.__name__, add.__wrapped__.__annotations__ if hasattr(add, "__wrapped__") else None)
print(get_args(Meters), get_origin(Meters) is Annotated, get_args(Concatenate[int, P]))

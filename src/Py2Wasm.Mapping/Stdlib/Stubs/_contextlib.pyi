# Types of '_contextlib' (pyrt::modules::contextlib): the Rust half of 'contextlib' (Stdlib/Python/contextlib.py).
from typing import Any, Callable, Iterator, TypeVar

_T = TypeVar("_T")

def contextmanager(func: Callable[..., Iterator[_T]]) -> Callable[..., Any]: ...

class suppress:
    def __init__(self, *exceptions: type[BaseException]) -> None: ...

class nullcontext:
    def __init__(self, enter_result: Any = None) -> None: ...


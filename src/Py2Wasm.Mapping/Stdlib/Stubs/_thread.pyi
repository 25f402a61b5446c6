# Types of '_thread' (pyrt::modules::thread): the thread primitive under 'threading' (Stdlib/Python/threading.py).
# start_new_thread runs the function to completion before it returns (the runtime has one thread); see docs/runtime.md.
from typing import Any, Callable

error = RuntimeError
TIMEOUT_MAX: float

def start_new_thread(function: Callable[..., object], args: tuple[Any, ...], kwargs: dict[str, Any] = ..., /) -> int: ...
def get_ident() -> int: ...
def get_native_id() -> int: ...

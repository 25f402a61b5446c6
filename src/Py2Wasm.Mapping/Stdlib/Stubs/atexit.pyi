# Types of the 'atexit' module (pyrt::modules::atexit).
from typing import Any, Callable, TypeVar

_F = TypeVar("_F", bound=Callable[..., Any])

def register(func: _F, /, *args: Any, **kwargs: Any) -> _F: ...
def unregister(func: Callable[..., Any], /) -> None: ...

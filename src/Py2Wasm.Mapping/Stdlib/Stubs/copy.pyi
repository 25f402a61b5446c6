# Types of the 'copy' module (pyrt::modules::functools::copy).
from typing import Any, TypeVar

_T = TypeVar("_T")

def copy(x: _T) -> _T: ...
def deepcopy(x: _T, memo: dict[int, Any] | None = None, _nil: Any = []) -> _T: ...

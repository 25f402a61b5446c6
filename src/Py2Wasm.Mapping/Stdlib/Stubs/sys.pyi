# Types of the parts of 'sys' the runtime provides (pyrt::emit::sys and pyrt::modules::functools::sys).
from typing import Any, NoReturn, TextIO

argv: list[str]
byteorder: str
maxsize: int
platform: str
version: str

class _version_info(tuple[Any, ...]):
    major: int
    minor: int
    micro: int
    releaselevel: str
    serial: int

class _float_info(tuple[Any, ...]):
    max: float
    max_exp: int
    max_10_exp: int
    min: float
    min_exp: int
    min_10_exp: int
    dig: int
    mant_dig: int
    epsilon: float
    radix: int
    rounds: int

class _int_info(tuple[int, ...]):
    bits_per_digit: int
    sizeof_digit: int
    default_max_str_digits: int
    str_digits_check_threshold: int

version_info: _version_info
float_info: _float_info
int_info: _int_info
stdin: TextIO
stdout: TextIO
stderr: TextIO

def exit(status: object = None, /) -> NoReturn: ...
def exc_info() -> tuple[Any, Any, Any]: ...
def exception() -> BaseException | None: ...
def getrecursionlimit() -> int: ...
def setrecursionlimit(limit: int, /) -> None: ...

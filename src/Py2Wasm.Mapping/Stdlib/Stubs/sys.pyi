# Types of the parts of 'sys' the runtime provides (pyrt::emit::sys and pyrt::modules::functools::sys).
from typing import Any, NoReturn, TextIO

argv: list[str]
byteorder: str
maxsize: int
platform: str
version: str
version_info: tuple[int, int, int, str, int]
stdin: TextIO
stdout: TextIO
stderr: TextIO

def exit(status: object = None, /) -> NoReturn: ...
def getrecursionlimit() -> int: ...
def setrecursionlimit(limit: int, /) -> None: ...

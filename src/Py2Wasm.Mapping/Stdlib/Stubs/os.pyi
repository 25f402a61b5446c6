# Types of the 'os' module (pyrt::modules::os): the parts that make sense in a sandbox.
from typing import Any

sep: str
curdir: str
pardir: str
extsep: str
pathsep: str
defpath: str
devnull: str
linesep: str
name: str
environ: dict[str, str]
path: Any

def getcwd() -> str: ...
def getenv(key: str, default: Any = None) -> Any: ...
def remove(path: str, *, dir_fd: int | None = None) -> None: ...
def unlink(path: str, *, dir_fd: int | None = None) -> None: ...

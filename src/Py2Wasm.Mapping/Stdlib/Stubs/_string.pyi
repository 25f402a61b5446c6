# Types of '_string' (pyrt::modules::string; the constants in pyrt::modules::functools): the Rust half of 'string' (Stdlib/Python/string.py).
from collections.abc import Mapping
from typing import Any
ascii_letters: str
ascii_lowercase: str
ascii_uppercase: str
digits: str
hexdigits: str
octdigits: str
punctuation: str
printable: str
whitespace: str

def capwords(s: str, sep: str | None = None) -> str: ...

class Template:
    delimiter: str
    idpattern: str
    braceidpattern: str | None
    template: str
    def __init__(self, template: str) -> None: ...
    def substitute(self, mapping: Mapping[str, object] = ..., /, **kwds: object) -> str: ...
    def safe_substitute(self, mapping: Mapping[str, object] = ..., /, **kwds: object) -> str: ...
    def get_identifiers(self) -> list[str]: ...
    def is_valid(self) -> bool: ...

"""keyword for compiled programs: Python 3.11's keywords and soft keywords.

Py2Wasm implements this module in Python (a mapping adapter with Python source): the compiler compiles it with each
program that imports it.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
          "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
          "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"]

softkwlist = ["_", "case", "match"]

_keywords = frozenset(kwlist)
_soft_keywords = frozenset(softkwlist)


def iskeyword(s):
    """Whether s is a Python keyword."""
    return s in _keywords


def issoftkeyword(s):
    """Whether s is a soft keyword (a keyword only in some contexts, such as 'match')."""
    return s in _soft_keywords

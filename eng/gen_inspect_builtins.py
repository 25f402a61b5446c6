#!/usr/bin/env python3
"""Regenerates the table of built-in text signatures in src/Py2Wasm.Mapping/Stdlib/Python/inspect.py from the
running CPython (the oracle, 3.11): each built-in function or type of CANDIDATES whose inspect.signature() CPython
can compute and whose text the compiled inspect can parse (plain names, '/', '*', literal defaults)."""
import builtins
import inspect
import pathlib
import re

# Built-ins the compiler supports as names.
CANDIDATES = ["abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "divmod", "format", "hasattr", "hash",
              "hex", "id", "isinstance", "issubclass", "len", "oct", "ord", "pow", "print", "repr", "round",
              "setattr", "sorted", "sum", "object", "list", "bool", "float", "tuple", "set", "frozenset", "bytearray",
              "enumerate", "reversed", "zip", "filter", "map", "type", "slice", "complex", "property", "staticmethod",
              "classmethod", "super", "vars", "dir", "iter", "next", "min", "max", "getattr", "int", "str", "dict",
              "range", "bytes"]
DEFAULTS = {"None", "True", "False", "()", "0", "1", "-1", "' '", "'\\n'", "''", "'strict'", "'utf-8'"}


def parsable(text):
    inner = text[1:-1]
    for part in inner.split(", ") if inner else []:
        if ":" in part or "->" in part:
            return False
        if "=" in part and part.split("=", 1)[1] not in DEFAULTS:
            return False
    return not text.endswith("-> None") and "->" not in text


def main():
    rows = []
    for name in CANDIDATES:
        try:
            text = str(inspect.signature(getattr(builtins, name)))
        except (ValueError, TypeError):
            continue
        if parsable(text):
            rows.append(f"    ({name}, {text!r}),")
    path = pathlib.Path(__file__).resolve().parent.parent / "src/Py2Wasm.Mapping/Stdlib/Python/inspect.py"
    source = path.read_text()
    block = "# BEGIN GENERATED BUILTIN SIGNATURES\n_BUILTIN_TEXT = [\n" + "\n".join(rows) + "\n]\n# END GENERATED BUILTIN SIGNATURES"
    source = re.sub(r"# BEGIN GENERATED BUILTIN SIGNATURES\n.*?# END GENERATED BUILTIN SIGNATURES", lambda m: block, source, flags=re.S)
    path.write_text(source)


if __name__ == "__main__":
    main()

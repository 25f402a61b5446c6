#!/usr/bin/env python3
"""Regenerate the expected results of the mapping snippets from CPython.

One snippet per module the standard-library mapping provider maps (MODULE_adapter.py; not MODULE.py, which would
shadow the module itself). Same file formats, options and checks as tests/programs/regen.py, which this script reuses:
NAME.expected (stdout bytes), NAME.exit, and NAME.stderr-last-line for an uncaught exception; every snippet runs
twice and must print the same both times.

tests/Py2Wasm.Mapping.Tests (MappingSnippetTests) compiles all snippets into one crate, runs each and compares
stdout and exit code with these files byte for byte.

Usage: python3 tests/mapping-snippets/regen.py [--check] [NAME-PREFIX...]
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_REGEN = HERE.parent / "programs" / "regen.py"

spec = importlib.util.spec_from_file_location("corpus_regen", CORPUS_REGEN)
corpus_regen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus_regen)

if __name__ == "__main__":
    sys.exit(corpus_regen.main(sys.argv[1:], root=HERE))

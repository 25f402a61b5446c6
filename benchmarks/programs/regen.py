#!/usr/bin/env python3
"""Regenerate expected outputs of the benchmark programs from CPython.

Same file formats and options as tests/programs/regen.py (which this script reuses):
NAME.expected (stdout bytes), NAME.exit (exit code) and, for an uncaught exception,
NAME.stderr-last-line; every program runs twice and must print the same both times.

Defaults differ: the interpreter is /usr/bin/python3.11 (the reference for speed ratios), one job
at a time, a 10 s CPU-time limit, and any program whose CPU time (user + sys) is outside 1-3 s is
listed as "outside time window" (a warning, not a failure: timings on a shared machine vary).

Usage: python3 benchmarks/programs/regen.py [--check] [-v] [NAME-PREFIX...]
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_REGEN = HERE.parent.parent / "tests" / "programs" / "regen.py"

spec = importlib.util.spec_from_file_location("corpus_regen", CORPUS_REGEN)
corpus_regen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus_regen)

if __name__ == "__main__":
    argv = sys.argv[1:]
    if not any(a == "-j" or a.startswith("--jobs") for a in argv):
        argv = ["-j", "1"] + argv
    sys.exit(corpus_regen.main(argv, root=HERE, default_timeout=10.0,
                               default_python="/usr/bin/python3.11", min_seconds=1.0, max_seconds=3.0))

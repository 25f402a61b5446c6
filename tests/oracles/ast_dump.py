#!/usr/bin/env python3
"""Batch oracle for the parser: CPython's verdict and ``ast.dump`` for many files in one process.

Usage::

    ast_dump.py [--hash] [--jobs N] [FILE ...]      # no FILE: read paths from stdin, one a line

Each file is parsed exactly as ``ast.parse(open(path, 'rb').read())`` does (bytes in, so CPython itself decodes
the BOM / PEP 263 coding cookie) and dumped with ``ast.dump(tree, include_attributes=True)``.

Output: one JSON object per line, in input order (framing is trivial: a dump never contains a newline)::

    {"path": P, "ok": true,  "sha256": H, "length": L, "dump": D}      # D omitted with --hash
    {"path": P, "ok": false, "error": {"type": T, "msg": M, "lineno": N, "offset": O}}

``sha256`` is over the UTF-8 bytes of the dump; ``length`` is its length in UTF-16 code units (what a .NET string
reports), which gives a cheap first check. ``--jobs`` parses in worker processes (default: the CPU count); the
first line is a header ``{"python": VERSION, "executable": PATH}``.
"""
import ast
import hashlib
import json
import os
import sys


def describe(path, want_dump):
    try:
        with open(path, "rb") as f:
            source = f.read()
        tree = ast.parse(source)
    except (SyntaxError, ValueError, UnicodeError, OverflowError, MemoryError, RecursionError) as e:
        error = {
            "type": type(e).__name__,
            "msg": getattr(e, "msg", None) or str(e),
            "lineno": getattr(e, "lineno", None),
            "offset": getattr(e, "offset", None),
        }
        return {"path": path, "ok": False, "error": error}
    try:
        dump = ast.dump(tree, include_attributes=True)
    except (ValueError, RecursionError) as e:  # e.g. an int literal beyond sys.int_info.str_digits_check_threshold
        return {"path": path, "ok": False, "error": {"type": "Dump" + type(e).__name__, "msg": str(e), "lineno": None, "offset": None}}
    data = dump.encode("utf-8", "surrogatepass")
    record = {
        "path": path,
        "ok": True,
        "sha256": hashlib.sha256(data).hexdigest(),
        "length": len(dump.encode("utf-16-le", "surrogatepass")) // 2,
    }
    if want_dump:
        record["dump"] = dump
    return record


def _work(args):
    path, want_dump = args
    return json.dumps(describe(path, want_dump), ensure_ascii=False)


def main(argv):
    want_dump = True
    jobs = os.cpu_count() or 1
    paths = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--hash":
            want_dump = False
        elif a == "--jobs":
            i += 1
            jobs = max(1, int(argv[i]))
        elif a.startswith("--jobs="):
            jobs = max(1, int(a.split("=", 1)[1]))
        else:
            paths.append(a)
        i += 1
    if not paths:
        paths = [line.rstrip("\r\n") for line in sys.stdin if line.strip() and not line.startswith("#")]

    out = sys.stdout
    out.reconfigure(encoding="utf-8", errors="surrogatepass", newline="\n")
    out.write(json.dumps({"python": sys.version.split()[0], "executable": sys.executable}) + "\n")
    work = [(p, want_dump) for p in paths]
    if jobs > 1 and len(work) > 8:
        import multiprocessing

        with multiprocessing.Pool(jobs) as pool:
            for line in pool.imap(_work, work, chunksize=8):
                out.write(line + "\n")
    else:
        for item in work:
            out.write(_work(item) + "\n")
    out.flush()


if __name__ == "__main__":
    main(sys.argv[1:])

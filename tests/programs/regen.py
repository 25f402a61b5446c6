#!/usr/bin/env python3
"""Regenerate the expected results of the conformance corpus from CPython.

For every program NAME.py under the corpus root (see README.md for which files count as
programs) this writes, next to the program:

    NAME.expected           exact stdout bytes
    NAME.exit               exit code, decimal, followed by a newline
    NAME.stderr-last-line   only when the program ended with an uncaught exception: the final
                            "ExceptionType: message" line of the traceback, followed by a newline

Every program is run twice (in separate processes, so str hashing is randomized differently each
time, since PYTHONHASHSEED is removed from the environment); any difference between the two runs
fails the script, and so does a program that runs longer than the time limit (5 s of CPU time,
user + sys, of the program's process; CPU time rather than wall-clock time so that a busy shared
machine does not cause spurious failures).

Usage:
    python3 tests/programs/regen.py              # regenerate everything (2 parallel jobs)
    python3 tests/programs/regen.py --check      # verify the checked-in files, write nothing
    python3 tests/programs/regen.py --python /path/to/python3.12 --check
    python3 tests/programs/regen.py algorithms/  # only programs whose relative path starts so
    python3 tests/programs/regen.py --manifest   # also rewrite MANIFEST.tsv

This file is also imported by benchmarks/programs/regen.py, which uses other defaults.
"""

import argparse
import concurrent.futures
import os
import shlex
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRACEBACK_HEAD = "Traceback (most recent call last):"
ARGS_PREFIX = "# py2wasm-args:"
WALL_FACTOR = 6  # wall-clock kill limit, as a multiple of the CPU-time limit


def is_program(path, root):
    """A program is a .py file whose name and whose folders (below root) do not start with '_'.

    Files and folders starting with '_' are helper modules/packages imported by programs."""
    rel = path.relative_to(root)
    if path.suffix != ".py":
        return False
    if rel.name in ("regen.py", "manifest.py") and rel.parent == Path("."):
        return False
    return not any(part.startswith("_") for part in rel.parts)


def find_programs(root, prefixes=()):
    progs = []
    for path in sorted(root.rglob("*.py")):
        if not is_program(path, root):
            continue
        rel = path.relative_to(root).as_posix()
        if prefixes and not any(rel.startswith(p) for p in prefixes):
            continue
        progs.append(path)
    return progs


def program_args(path):
    """Command-line arguments, from a '# py2wasm-args: ...' line in the first 10 lines."""
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 10:
                break
            if line.startswith(ARGS_PREFIX):
                return shlex.split(line[len(ARGS_PREFIX):])
    return []


def clean_env():
    env = dict(os.environ)
    for key in list(env):
        if key.startswith("PYTHON"):
            del env[key]
    env["PYTHONUTF8"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_once(python, path, timeout):
    """Run one program; returns ((stdout, exit code, last traceback line, stderr), cpu seconds).

    The time that counts is the CPU time (user + sys) of the child process, read with os.wait4,
    so that a loaded machine does not make programs fail; a run is killed after WALL_FACTOR times
    the limit in wall-clock time. Returns (None, seconds) on timeout."""
    stdin_file = path.with_suffix(".stdin")
    stdin_data = stdin_file.read_bytes() if stdin_file.exists() else b""
    cmd = [python, path.name] + program_args(path)
    proc = subprocess.Popen(cmd, cwd=path.parent, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=clean_env())
    chunks = {"out": b"", "err": b""}

    def reader(stream, key):
        chunks[key] = stream.read()

    def writer():
        try:
            proc.stdin.write(stdin_data)
        except BrokenPipeError:
            pass
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    threads = [threading.Thread(target=reader, args=(proc.stdout, "out")),
               threading.Thread(target=reader, args=(proc.stderr, "err")),
               threading.Thread(target=writer)]
    for t in threads:
        t.start()
    killed = []

    def kill():
        killed.append(True)
        proc.kill()

    timer = threading.Timer(timeout * WALL_FACTOR, kill)
    timer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in threads:
        t.join()
    proc.stdout.close()
    proc.stderr.close()
    cpu = usage.ru_utime + usage.ru_stime
    if killed or cpu > timeout:
        return None, cpu
    stderr = chunks["err"].decode("utf-8", "replace")
    last = None
    if TRACEBACK_HEAD in stderr:
        lines = [ln for ln in stderr.splitlines() if ln.strip()]
        last = lines[-1] if lines else ""
    return (chunks["out"], proc.returncode, last, stderr), cpu


def expected_files(path):
    return {
        "expected": path.with_suffix(".expected"),
        "exit": path.with_suffix(".exit"),
        "last": path.with_suffix(".stderr-last-line"),
    }


def process(python, path, timeout, runs):
    results = []
    times = []
    for _ in range(runs):
        res, elapsed = run_once(python, path, timeout)
        times.append(elapsed)
        if res is None:
            return path, None, f"timeout: took more than {timeout}s of CPU time", max(times)
        results.append(res)
    first = results[0]
    for other in results[1:]:
        if other[:3] != first[:3]:
            what = []
            if other[0] != first[0]:
                what.append("stdout")
            if other[1] != first[1]:
                what.append("exit code")
            if other[2] != first[2]:
                what.append("exception line")
            return path, None, "nondeterministic " + ", ".join(what), max(times)
    return path, first, None, max(times)


def compare_or_write(path, result, check):
    stdout, code, last, _ = result
    files = expected_files(path)
    want = {"expected": stdout, "exit": f"{code}\n".encode(),
            "last": (last + "\n").encode("utf-8") if last is not None else None}
    problems = []
    for key, data in want.items():
        f = files[key]
        if check:
            have = f.read_bytes() if f.exists() else None
            if have != data:
                problems.append(f"{f.name} differs")
        else:
            if data is None:
                if f.exists():
                    f.unlink()
            elif not f.exists() or f.read_bytes() != data:
                f.write_bytes(data)
    return problems


def main(argv=None, root=HERE, default_timeout=5.0, default_python="python3",
         min_seconds=None, max_seconds=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("prefixes", nargs="*", help="only programs whose relative path starts with one of these")
    ap.add_argument("--python", default=default_python, help=f"interpreter (default {default_python})")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=default_timeout, help="CPU seconds per run")
    ap.add_argument("--runs", type=int, default=2, help="runs per program for the determinism check")
    ap.add_argument("--check", action="store_true", help="compare with the files on disk, write nothing")
    ap.add_argument("--manifest", action="store_true", help="also regenerate MANIFEST.tsv")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)

    start = time.monotonic()
    progs = find_programs(root, args.prefixes)
    failures = []
    nonzero = []
    slow = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        futs = [ex.submit(process, args.python, p, args.timeout, args.runs) for p in progs]
        for fut in concurrent.futures.as_completed(futs):
            path, result, error, elapsed = fut.result()
            rel = path.relative_to(root).as_posix()
            if error:
                failures.append(f"{rel}: {error}")
                continue
            problems = compare_or_write(path, result, args.check)
            failures.extend(f"{rel}: {p}" for p in problems)
            if result[1] != 0:
                nonzero.append(f"{rel}: exit {result[1]}" + (f" ({result[2]})" if result[2] else ""))
            if (min_seconds is not None and elapsed < min_seconds) or \
               (max_seconds is not None and elapsed > max_seconds):
                slow.append(f"{rel}: {elapsed:.2f}s")
            if args.verbose:
                print(f"{rel}: exit {result[1]} {elapsed:.2f}s cpu", flush=True)
    if args.manifest and root == HERE:
        sys.path.insert(0, str(HERE))
        import manifest
        manifest.write_manifest(root)
    for line in sorted(nonzero):
        print("nonzero:", line)
    for line in sorted(slow):
        print("outside time window:", line)
    for line in sorted(failures):
        print("FAIL:", line)
    print(f"{len(progs)} programs, {len(failures)} failures, {time.monotonic() - start:.1f}s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

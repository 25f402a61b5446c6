#!/usr/bin/python3.11
"""Benchmark the programs of benchmarks/programs/ under CPython, as our native build and as our WASI build.

In one run, for every program (and examples/hello.py):
  1. builds it with the py2wasm CLI for --target native and --target wasi; a program the compiler
     rejects is reported as rejected with its PY code(s), a build that fails otherwise as FAILED;
  2. runs each build once and compares stdout and the exit code with CPython's (NAME.expected and
     NAME.exit, generated from CPython by benchmarks/programs/regen.py, and a live CPython run);
     a build that prints anything else is reported as WRONG and never timed;
  3. times CPython 3.11, the native binary and the WASI module under node (node:wasi, preview1),
     best of N runs each, the three alternating round by round, in CPU time of the child process
     (user + sys; the shared machine makes wall-clock time unreliable) and in wall-clock time;
  4. writes a section between <!-- program-benchmarks:begin --> and <!-- program-benchmarks:end -->
     in docs/benchmarks.md (and only that section) with times, speed-ups, .wasm sizes (after
     wasm-opt, as the build driver writes them), geometric means and the targets of issue 6.

Usage:
  /usr/bin/python3.11 benchmarks/run_programs.py [--runs N] [--cli CMD] [--no-docs] [NAME...]

--cli is the command that runs the CLI (default: ./py2wasm at the repository root), for example
"dotnet /tmp/perf-cli/py2wasm.dll". Builds are cached by the CLI (PY2WASM_CACHE), so a second run
only builds what changed. The load average is recorded before and after the run.
"""
from __future__ import annotations

import argparse
import datetime
import math
import os
import platform
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "benchmarks" / "programs"
HELLO = ROOT / "examples" / "hello.py"
DOCS = ROOT / "docs" / "benchmarks.md"
RUN_WASI = ROOT / "src" / "Py2Wasm.Build" / "run_wasi.mjs"
CPYTHON = "/usr/bin/python3.11"
BEGIN = "<!-- program-benchmarks:begin -->"
END = "<!-- program-benchmarks:end -->"

# Targets of issue 6 ("Performance").
TARGET_NATIVE_GEOMEAN = 20.0
TARGET_NATIVE_HOT = {"nbody": 40.0, "spectral_norm": 40.0}
TARGET_WASI_GEOMEAN = 10.0
TARGET_HELLO_WASM = 60 * 1024
TARGET_BENCH_WASM = 300 * 1024


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())


def run_cpu(cmd: list[str], cwd: Path, timeout: float) -> tuple[int, bytes, bytes, float, float]:
    """Like run_measured, but measures the child's CPU time with wait4 (stdout/stderr go to files)."""
    import tempfile
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=fo, stderr=fe)
        deadline = start + timeout
        while True:
            pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, ru = os.wait4(proc.pid, 0)
                proc.returncode = -999
                break
            time.sleep(0.002)
        wall = time.perf_counter() - start
        if proc.returncode is None:
            proc.returncode = os.waitstatus_to_exitcode(status)
        fo.seek(0)
        fe.seek(0)
        return proc.returncode, fo.read(), fe.read(), wall, ru.ru_utime + ru.ru_stime


def build(cli: list[str], src: Path, target: str, outdir: Path, timeout: float, optimize: str = "size") -> dict:
    outdir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    tuning = ["--optimize", optimize] if target != "native" else []
    try:
        proc = subprocess.run(cli + ["build", str(src), "--target", target, *tuning, "-o", str(outdir)], cwd=ROOT,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, start_new_session=True)
    except subprocess.TimeoutExpired:
        return {"status": "not built", "message": f"build did not finish within {timeout:.0f} s",
                "seconds": time.perf_counter() - start}
    seconds = time.perf_counter() - start
    text = (proc.stdout + proc.stderr).decode("utf-8", "replace")
    name = src.stem
    artifact = outdir / (name + ".wasm" if target == "wasi" else name)
    if proc.returncode == 0 and artifact.exists():
        return {"status": "ok", "artifact": artifact, "seconds": seconds}
    codes = sorted(set(re.findall(r"error (PY\d+)", text)))
    if any(c.startswith("PY3") or c.startswith("PY2") for c in codes):
        status = "rejected"
    else:
        status = "FAILED"
    first = next((line for line in text.splitlines() if "error" in line), text.strip()[:200])
    return {"status": status, "codes": codes, "message": first.strip(), "seconds": seconds}


def command_for(kind: str, program: Path, artifact: Path | None) -> list[str]:
    if kind == "cpython":
        return [CPYTHON, str(program)]
    if kind == "native":
        return [str(artifact)]
    return ["node", "--no-warnings", str(RUN_WASI), str(artifact)]


def geomean(values: list[float]) -> float | None:
    values = [v for v in values if v and v > 0 and not math.isnan(v)]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt_s(x: float | None) -> str:
    return "—" if x is None or math.isnan(x) else f"{x:.3f}"


def fmt_x(x: float | None) -> str:
    return "—" if x is None or math.isnan(x) else f"{x:.2f}×"


def fmt_kb(n: int | None) -> str:
    return "—" if n is None else f"{n / 1024:.1f} KB"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="program names (default: all)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs of each program per implementation (best is kept)")
    ap.add_argument("--cli", default=str(ROOT / "py2wasm"), help="command that runs the py2wasm CLI")
    ap.add_argument("--out", default=str(ROOT / ".py2wasm" / "bench"), help="where builds are written")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds allowed for one run of a program")
    ap.add_argument("--build-timeout", type=float, default=1800.0)
    ap.add_argument("--optimize", choices=["speed", "size"], default="size",
                    help="tuning of the WASI builds (py2wasm build --optimize; size is the default)")
    ap.add_argument("--reuse-builds", action="store_true",
                    help="use builds already in --out (made earlier by the same CLI) and do not build missing ones "
                         "(reported as not built); for a shared machine where builds take minutes")
    ap.add_argument("--no-docs", action="store_true", help="print the section instead of writing docs/benchmarks.md")
    ap.add_argument("--note", default="", help="an extra paragraph for the docs section (e.g. size settings)")
    args = ap.parse_args(argv)

    cli = shlex.split(args.cli)
    out = Path(args.out)
    programs = sorted(p for p in PROGRAMS.glob("*.py") if p.name != "regen.py")
    if args.names:
        programs = [p for p in programs if p.stem in args.names]
    entries = [HELLO] + programs
    load_before = load_average()
    started = datetime.datetime.now(datetime.timezone.utc)

    results: dict[str, dict] = {}
    for src in entries:
        name = src.stem
        r: dict = {"name": name, "src": src, "hello": src == HELLO}
        results[name] = r
        # Reference output: the checked-in expected files (from CPython) and a live CPython run.
        code, cout, cerr, _, _ = run_cpu(command_for("cpython", src, None), ROOT, args.timeout * 3)
        r["cpython_out"], r["cpython_code"] = cout, code
        exp = src.with_suffix(".expected")
        if exp.exists():
            expected = exp.read_bytes()
            expected_code = int(src.with_suffix(".exit").read_text().strip() or "0")
            if (expected, expected_code) != (cout, code):
                r["cpython_note"] = "CPython's output differs from NAME.expected (regenerate with regen.py)"
        for target in ("native", "wasi"):
            if args.reuse_builds:
                artifact = out / target / (name + ".wasm" if target == "wasi" else name)
                b = ({"status": "ok", "artifact": artifact, "seconds": 0.0} if artifact.exists() else
                     {"status": "not built", "message": "no build in time for this run", "seconds": 0.0})
            else:
                b = build(cli, src, target, out / target, args.build_timeout, args.optimize)
            r[target] = b
            print(f"{name:16} build {target:6} {b['status']} ({b['seconds']:.0f} s) {' '.join(b.get('codes', []))}",
                  file=sys.stderr, flush=True)
            if b["status"] != "ok":
                continue
            b["size"] = b["artifact"].stat().st_size
            c, o, e, _, _ = run_cpu(command_for(target, src, b["artifact"]), ROOT, args.timeout)
            if (o, c) != (cout, code):
                b["status"] = "WRONG"
                detail = f"exit {c} (CPython {code})" if c != code else "stdout differs from CPython's"
                if c == -999:
                    detail = f"did not finish within {args.timeout:.0f} s"
                if c != code and e:
                    lines = e.decode("utf-8", "replace").strip().splitlines()
                    key = [x for x in lines if re.search(r"panicked|Error|error", x)]
                    detail += ": " + (key[0] if key else lines[-1]).strip()[:160].replace("|", "\\|")
                b["message"] = detail
                print(f"{name:16} {target} WRONG: {detail}", file=sys.stderr, flush=True)
        # Timing: rounds alternate CPython / native / WASI so load changes hit all three alike.
        time_program(r, args)
        if not args.no_docs:
            write_section(render(results, args, load_before, load_average() + " (run in progress)", started))

    load_after = load_average()
    section = render(results, args, load_before, load_after, started)
    if args.no_docs:
        print(section)
    else:
        write_section(section)
        print(f"wrote {DOCS.relative_to(ROOT)}", file=sys.stderr)
    return 0


def time_program(r: dict, args) -> None:
    kinds = ["cpython"] + [t for t in ("native", "wasi") if r[t]["status"] == "ok"]
    times = {k: {"cpu": [], "wall": []} for k in kinds}
    for _ in range(args.runs):
        for k in kinds:
            artifact = r[k]["artifact"] if k != "cpython" else None
            c, _, _, wall, cpu = run_cpu(command_for(k, r["src"], artifact), ROOT, args.timeout * (3 if k == "cpython" else 1))
            times[k]["cpu"].append(cpu)
            times[k]["wall"].append(wall)
    for k in kinds:
        r.setdefault("times", {})[k] = {"cpu": min(times[k]["cpu"]), "wall": min(times[k]["wall"])}
    line = " ".join(f"{k}={r['times'][k]['cpu']:.3f}s" for k in kinds)
    print(f"{r['name']:16} {line}", file=sys.stderr, flush=True)


def speedup(r: dict, target: str, key: str = "cpu") -> float | None:
    t = r.get("times", {})
    if target not in t or "cpython" not in t:
        return None
    return t["cpython"][key] / t[target][key] if t[target][key] > 0 else None


def status_cell(b: dict) -> str:
    if b["status"] == "ok":
        return "ok"
    if b["status"] == "rejected":
        return "rejected (" + ", ".join(b.get("codes", [])) + ")"
    return b["status"] + (": " + b["message"] if b.get("message") else "")


def render(results: dict, args, load_before: str, load_after: str, started: datetime.datetime) -> str:
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    deb_rustc = subprocess.run(["/usr/bin/rustc", "--version"], capture_output=True, text=True).stdout.strip()
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    py = subprocess.run([CPYTHON, "--version"], capture_output=True, text=True).stdout.strip()
    L = [BEGIN, "## Benchmark programs: CPython 3.11 vs native vs WASI (`benchmarks/programs/`)", ""]
    L.append(f"Generated by `/usr/bin/python3.11 benchmarks/run_programs.py --runs {args.runs}"
             f"{' --reuse-builds' if args.reuse_builds else ''}"
             f"{' --optimize size' if args.optimize == 'size' else ''}` on "
             f"{started:%Y-%m-%d %H:%M} UTC ({platform.machine()}, {os.cpu_count()} cores, shared with other work). "
             f"{py} (`{CPYTHON}`); native: {rustc}, profile `release`; WASI: {deb_rustc}, profile `wasm`, "
             + ("`--optimize speed` (opt-level 3, then `wasm-opt -O2`)" if args.optimize == "speed"
                else "`--optimize size` (opt-level \"z\", then `wasm-opt -Oz`)")
             + f", run by node {node} (`node:wasi`, preview1, `src/Py2Wasm.Build/run_wasi.mjs`).")
    L.append("")
    L.append(f"**Load average (1, 5, 15 min) before the run: {load_before}; after: {load_after}** — on 2 cores, so "
             "every process competed for CPU. Times are the best of "
             f"{args.runs} runs, CPython / native / WASI alternating round by round, in CPU time of the child process "
             "(user + sys; for WASI this includes node's start-up and its compilation of the module, on all of node's "
             "threads). Speed-up = CPython time / our time (higher is better). Every build's stdout and exit code were "
             "checked against CPython's before timing; a build that differs would be listed as WRONG and not timed.")
    L.append("")
    L.append("| program | CPython (s) | native (s) | native speed-up | WASI (s) | WASI speed-up | `.wasm` size | native build | WASI build |")
    L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    nat, was = [], []
    for name, r in results.items():
        t = r.get("times", {})
        sn, sw = speedup(r, "native"), speedup(r, "wasi")
        if not r["hello"]:
            nat.append(sn if sn else float("nan"))
            was.append(sw if sw else float("nan"))
        label = f"`{r['src'].relative_to(ROOT)}`"
        L.append(f"| {label} | {fmt_s(t.get('cpython', {}).get('cpu'))} | {fmt_s(t.get('native', {}).get('cpu'))} | "
                 f"{fmt_x(sn)} | {fmt_s(t.get('wasi', {}).get('cpu'))} | {fmt_x(sw)} | {fmt_kb(r['wasi'].get('size'))} | "
                 f"{status_cell(r['native'])} | {status_cell(r['wasi'])} |")
    bench = [r for r in results.values() if not r["hello"]]
    n_ok = sum(1 for r in bench if r["native"]["status"] == "ok")
    w_ok = sum(1 for r in bench if r["wasi"]["status"] == "ok")
    gn, gw = geomean(nat), geomean(was)
    L.append("")
    L.append(f"Geometric mean of the speed-ups over the {n_ok} of {len(bench)} programs that build and match CPython natively: "
             f"**native {fmt_x(gn)}**; over the {w_ok} that do under WASI: **WASI {fmt_x(gw)}**. "
             "Programs that are rejected, fail or print something else are not in the means (so the means flatter us "
             "when some are missing).")
    L.append("")
    wall_rows = []
    for name, r in results.items():
        t = r.get("times", {})
        if t:
            wall_rows.append(f"{name} " + " / ".join(fmt_s(t[k]['wall']) if k in t else "—" for k in ("cpython", "native", "wasi")))
    L.append("Best wall-clock seconds (CPython / native / WASI), for reference: " + "; ".join(wall_rows) + ".")
    L.append("")

    def met(ok: bool | None) -> str:
        return "n/a" if ok is None else ("**met**" if ok else "**not met**")

    L.append("| target (issue 6) | measured | status |")
    L.append("| --- | --- | --- |")
    all_native = n_ok == len(bench)
    L.append(f"| native geometric mean ≥ {TARGET_NATIVE_GEOMEAN:.0f}× CPython | {fmt_x(gn)} ({n_ok}/{len(bench)} programs) | "
             f"{met(gn is not None and gn >= TARGET_NATIVE_GEOMEAN and all_native)} |")
    for hot, goal in TARGET_NATIVE_HOT.items():
        r = results.get(hot)
        s = speedup(r, "native") if r else None
        L.append(f"| `{hot}` native ≥ {goal:.0f}× | {fmt_x(s)} | {met(None if r is None else (s is not None and s >= goal))} |")
    L.append(f"| WASI (node) geometric mean ≥ {TARGET_WASI_GEOMEAN:.0f}× CPython | {fmt_x(gw)} ({w_ok}/{len(bench)} programs) | "
             f"{met(gw is not None and gw >= TARGET_WASI_GEOMEAN and w_ok == len(bench))} |")
    h = results.get("hello")
    hs = h["wasi"].get("size") if h else None
    L.append(f"| hello world `.wasm` ≤ 60 KB | {fmt_kb(hs)} | {met(None if h is None else (hs is not None and hs <= TARGET_HELLO_WASM))} |")
    sizes = [r["wasi"].get("size") for r in bench]
    known = [s for s in sizes if s is not None]
    over = [r["name"] for r in bench if r["wasi"].get("size") is not None and r["wasi"]["size"] > TARGET_BENCH_WASM]
    L.append(f"| each benchmark `.wasm` ≤ 300 KB | largest {fmt_kb(max(known) if known else None)}"
             f"{', over: ' + ', '.join(over) if over else ''} ({len(known)}/{len(bench)} built) | "
             f"{met(bool(known) and not over and len(known) == len(bench))} |")
    L.append("")
    notes = ROOT / "benchmarks" / "wasm_size.md"
    if notes.exists():
        L.append(notes.read_text().strip())
        L.append("")
    if args.note:
        L.append(args.note.strip())
        L.append("")
    L.append("Regenerate with `/usr/bin/python3.11 benchmarks/run_programs.py` (add `--cli \"dotnet PATH/py2wasm.dll\"` to use "
             "a separately published CLI). Numbers from a loaded machine are noisy; compare rows within one run.")
    L.append(END)
    return "\n".join(L)


def write_section(section: str) -> None:
    text = DOCS.read_text() if DOCS.exists() else "# Benchmarks\n"
    if BEGIN in text and END in text:
        before = text[: text.index(BEGIN)]
        after = text[text.index(END) + len(END):]
        text = before + section + after
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    DOCS.write_text(text)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

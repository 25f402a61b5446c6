"""Generates runtime/src/method_arity.rs: how CPython checks the argument count and keywords of the methods of the
built-in types str, list, dict, set, frozenset, tuple, int, float and complex, so pyrt raises CPython's TypeError
(same message) for a wrong call before running the method.

Each method is probed under this interpreter (python3.11, the oracle): called with 0..6 positional arguments and
with an unknown keyword, and classified by the message CPython gives:
  N  METH_NOARGS       "T.m() takes no arguments (n given)"
  O  METH_O            "T.m() takes exactly one argument (n given)"
  P  clinic positional "m expected at least k arguments, got n" / "m expected k arguments, got n"
  T  PyArg_ParseTuple  "m() takes at least k argument (n given)" / "m() takes at most k arguments (n given)"
  V  *args only        any number of positional arguments, "m() takes no keyword arguments"
  K  clinic keywords   parameters from inspect.signature: "m() takes at most k arguments (n given)", ...
Methods that accept keywords in other ways (dict.update, str.format) are left to the method.

Usage: python3.11 runtime/tools/gen_method_arity.py
"""
import inspect
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "src", "method_arity.rs")
SAMPLES = {"str": "a", "list": [1], "dict": {1: 2}, "set": {1}, "frozenset": frozenset([1]), "tuple": (1,), "int": 5,
           "float": 1.5, "complex": 1j}
SKIP = {("dict", "update"), ("str", "format")}
MAXN = 6


def probe(m, n, kw=None):
    try:
        m(*([None] * n), **(kw or {}))
        return "ok"
    except TypeError as e:
        return str(e)
    except Exception as e:  # noqa: BLE001 - a non-count failure means the count was accepted
        return type(e).__name__


def classify(tn, name, m):
    msgs = [probe(m, n) for n in range(MAXN + 1)]
    # As the program writes it (`v.name(zzz_unknown=1)`): the method descriptor's message, which names the type.
    try:
        eval(f"v.{name}(zzz_unknown=1)", {"v": SAMPLES[tn]})
        kwmsg = "ok"
    except TypeError as e:
        kwmsg = str(e)
    except Exception as e:  # noqa: BLE001
        kwmsg = type(e).__name__
    count_err = lambda s: bool(re.search(r"takes no arguments|takes exactly one argument|expected (at least |at most )?\d+ arguments?, got|"
                                          r"takes (at least|at most) \d+ (positional )?arguments? \(\d+ given\)|takes no positional arguments|"
                                          r"missing required argument", s))
    ok = [n for n in range(MAXN + 1) if not count_err(msgs[n])]
    lo = min(ok) if ok else 0
    hi = max(ok) if ok else 0
    if not ok:
        return None
    if f"{tn}.{name}() takes no arguments" in msgs[1]:
        style = "N"
    elif "takes exactly one argument" in msgs[0] or "takes exactly one argument" in msgs[2]:
        style = "O"
    elif any(re.search(r"expected (at least |at most )?\d+ arguments?, got", s) for s in msgs):
        style = "P"
    elif "invalid keyword argument" in kwmsg or "missing required argument" in kwmsg:
        style = "K"
    elif any(re.search(r"\(\d+ given\)", s) for s in msgs):
        style = "T"
    elif hi == MAXN and kwmsg.endswith("takes no keyword arguments"):
        style, hi = "V", 255
    else:
        return None
    names, maxpos = [], hi
    if style == "K":
        sig = inspect.signature(m)
        params = list(sig.parameters.values())
        names = [p.name for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
        maxpos = sum(1 for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))
        hi = len(params)
        lo = sum(1 for p in params if p.default is p.empty)
        if any(p.kind == p.POSITIONAL_ONLY for p in params):
            return None  # mixed positional-only with keywords: left to the method
    # The keyword message the probe saw must be the one the runtime builds.
    expect_kw = {"N": f"{tn}.{name}() takes no keyword arguments", "O": f"{tn}.{name}() takes no keyword arguments",
                 "P": f"{tn}.{name}() takes no keyword arguments", "T": f"{tn}.{name}() takes no keyword arguments",
                 "V": f"{tn}.{name}() takes no keyword arguments", "K": f"'zzz_unknown' is an invalid keyword argument for {name}()"}[style]
    if kwmsg != expect_kw and not (style == "K" and lo > 0):
        sys.exit(f"{tn}.{name}: unexpected keyword message {kwmsg!r} (style {style})")
    return style, lo, hi, maxpos, names


def main():
    rows = {tn: [] for tn in SAMPLES}
    for tn, v in SAMPLES.items():
        for name in sorted(dir(v)):
            if name.startswith("_") or (tn, name) in SKIP:
                continue
            m = getattr(v, name)
            if not callable(m):
                continue
            c = classify(tn, name, m)
            if c is None:
                continue
            style, lo, hi, maxpos, names = c
            rows[tn].append(f'    ("{name}", b\'{style}\', {lo}, {hi}, {maxpos}, &[{", ".join(chr(34) + n + chr(34) for n in names)}]),')
    with open(OUT, "w") as f:
        f.write("//! Generated by runtime/tools/gen_method_arity.py from CPython 3.11: how the methods of the built-in types check\n")
        f.write("//! their argument count and keywords (see `crate::methods::check_arity`). Do not edit.\n\n")
        f.write("/// (method, style, min, max, max positional, keyword names), sorted by method name.\n")
        f.write("pub type Row = (&'static str, u8, u8, u8, u8, &'static [&'static str]);\n")
        for tn, rs in rows.items():
            f.write(f"\n/// The methods of `{tn}`.\npub static {tn.upper()}: &[Row] = &[\n")
            f.write("\n".join(rs) + "\n];\n")
    print(f"{sum(len(r) for r in rows.values())} methods")


if __name__ == "__main__":
    main()

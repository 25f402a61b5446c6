"""Regenerates expected.tsv: for each program in cases/, CPython's verdict from compile().

Each line: file name, then 'ok' or 'SyntaxError' with its 1-based line and message, tab-separated.
Run with CPython 3.11 or later: python3 tests/Py2Wasm.Emit.Tests/CompileErrors/regen.py
"""
import os

here = os.path.dirname(os.path.abspath(__file__))
cases = os.path.join(here, "cases")
rows = []
for name in sorted(os.listdir(cases)):
    if not name.endswith(".py"):
        continue
    with open(os.path.join(cases, name), encoding="utf-8") as f:
        source = f.read()
    try:
        compile(source, name, "exec")
        rows.append(f"{name}\tok\t\t")
    except SyntaxError as e:
        rows.append(f"{name}\tSyntaxError\t{e.lineno}\t{e.msg}")
with open(os.path.join(here, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
print(len(rows), "cases")

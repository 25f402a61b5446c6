"""Summarise log lines with fileinput: first from stdin (no arguments), then from files the program writes."""
import fileinput
import os
import tempfile
from collections import Counter

levels = Counter()
for line in fileinput.input():
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    level, _, message = line.partition(" ")
    levels[level] += 1
    if level == "ERROR":
        print(f"{fileinput.filename()}:{fileinput.lineno()}: {message}")
print("stdin done:", fileinput.lineno(), "lines,", dict(sorted(levels.items())))
fileinput.close()

workdir = tempfile.mkdtemp()
paths = []
for i, body in enumerate(["INFO boot\nWARN disk 91%\n", "ERROR timeout\nINFO retry\nINFO ok", ""]):
    path = os.path.join(workdir, f"part{i}.log")
    with open(path, "w") as f:
        f.write(body)
    paths.append(path)

with fileinput.input(files=paths) as stream:
    for line in stream:
        if stream.isfirstline():
            print("--", os.path.basename(stream.filename()))
        print(f"  {stream.lineno():2d} {stream.filelineno():2d} {line.rstrip()!r}")
    print("total lines:", stream.lineno())

sizes = {}
for raw in fileinput.input(paths, mode="rb"):
    name = os.path.basename(fileinput.filename())
    sizes[name] = sizes.get(name, 0) + len(raw)
print(sizes)

for line in fileinput.input(paths[1]):
    print("first line only:", line.strip(), fileinput.isstdin())
    fileinput.nextfile()
fileinput.close()

try:
    fileinput.filename()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    fileinput.input(paths, mode="w")
except ValueError as e:
    print("ValueError:", e)

# Rewrite a file in place: print() goes to the file while it is read; the backup is kept.
with fileinput.input(paths[0], inplace=True, backup=".orig") as stream:
    for line in stream:
        print(line.rstrip().lower().replace(" ", "="))
print("rewritten:", open(paths[0]).read().split(), "backup:", open(paths[0] + ".orig").read().split())
for line in fileinput.input(paths[1], inplace=True):
    if "retry" not in line:
        print(line, end="")
print("filtered:", open(paths[1]).read().splitlines(), os.path.exists(paths[1] + ".bak"))
os.remove(paths[0] + ".orig")
for path in paths:
    os.remove(path)
os.rmdir(workdir)

"""A word-index job that stages its inputs in temporary files: NamedTemporaryFile chunks, a mkdtemp scratch
directory, glob over the staged chunks, and cleanup checks (names are random, so only relative facts print)."""
import glob
import os
import shutil
import tempfile
from pathlib import Path

TEXT = """the quick brown fox jumps over the lazy dog
a journey of a thousand miles begins with a single step
to be or not to be that is the question
all that glitters is not gold
the early bird catches the worm"""

scratch = tempfile.mkdtemp(prefix="tfw_", suffix=".d")
print("scratch is dir:", os.path.isdir(scratch), Path(scratch).name.startswith("tfw_"), Path(scratch).suffix)
staged = []
for i, line in enumerate(TEXT.splitlines()):
    f = tempfile.NamedTemporaryFile("w", dir=scratch, prefix=f"chunk{i}_", suffix=".txt", delete=False)
    with f:
        f.write(line + "\n")
    staged.append(f.name)
print("staged:", len(staged), all(os.path.exists(n) for n in staged))

index = {}
for name in sorted(glob.glob(os.path.join(scratch, "chunk*_*.txt"))):
    chunk = int(Path(name).name[5:].split("_")[0])
    for word in Path(name).read_text().split():
        index.setdefault(word, set()).add(chunk)
common = sorted((w for w, c in index.items() if len(c) > 1), key=lambda w: (-len(index[w]), w))
for w in common:
    print(f"{w:>5}: {sorted(index[w])}")

with tempfile.TemporaryFile("w+") as tmp:
    for w in sorted(index):
        tmp.write(f"{w} {len(index[w])}\n")
    tmp.seek(0)
    lines = tmp.read().splitlines()
print("index lines:", len(lines), lines[:3])

with tempfile.NamedTemporaryFile(dir=scratch, suffix=".bin") as b:
    b.write(bytes(range(10)))
    b.flush()
    b.seek(0)
    print("binary:", list(b.read(4)), os.path.getsize(b.name))
    bin_name = b.name
print("binary removed:", not os.path.exists(bin_name))

with tempfile.TemporaryDirectory(dir=scratch) as inner:
    for n in staged[:2]:
        shutil.copy(n, inner)
    print("inner copies:", len(os.listdir(inner)), sorted(p.suffix for p in Path(inner).iterdir()))
print("inner removed:", not os.path.exists(inner))

shutil.rmtree(scratch)
print("scratch removed:", not os.path.exists(scratch), os.path.isdir(tempfile.gettempdir()))

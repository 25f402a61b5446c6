"""File housekeeping with os, shutil, glob and pathlib in a private directory: archive old logs, deduplicate
copies, move reports into dated folders, then clean up. Uses its own directory name (programs run in parallel)."""
import glob
import os
import shutil
from pathlib import Path, PurePath

base = Path("shutil_file_ops_work")
if base.exists():
    shutil.rmtree(base)
logs = base / "logs"
logs.mkdir(parents=True)
for day in range(1, 6):
    (logs / f"app-2024-01-{day:02}.log").write_text(f"day {day}\n" * day)
(logs / "notes.txt").write_text("keep me\n")

archive = base / "archive"
archive.mkdir()
for name in sorted(glob.glob(os.path.join(logs, "app-*.log"))):
    p = Path(name)
    if int(p.stem[-2:]) <= 3:
        dest = shutil.move(name, archive)
        print("archived", PurePath(dest).relative_to(base))
print("remaining logs:", sorted(os.listdir(logs)))

copies = base / "copies"
copies.mkdir()
for i, src in enumerate(sorted(archive.iterdir())):
    shutil.copy(src, copies / f"copy{i}.log")
    shutil.copyfile(src, copies / f"again{i}.log")
seen = {}
for p in sorted(copies.iterdir()):
    data = p.read_bytes()
    if data in seen:
        p.unlink()
        print("duplicate", p.name, "of", seen[data])
    else:
        seen[data] = p.name
print("unique:", sorted(seen.values()))

try:
    shutil.copyfile(logs / "notes.txt", logs / "notes.txt")
except shutil.SameFileError as e:
    print("SameFileError:", isinstance(e, shutil.Error), isinstance(e, OSError))
try:
    shutil.copytree(archive, copies)
except FileExistsError as e:
    print("exists:", e.errno)

reports = base / "reports" / "2024" / "01"
reports.mkdir(parents=True, exist_ok=True)
for n in range(3):
    (base / f"report{n}.csv").write_text("x,y\n" + f"{n},{n * n}\n")
for csv in sorted(base.glob("report*.csv")):
    target = shutil.move(str(csv), str(reports))
    print("moved", os.path.relpath(target, base))
tree = []
for root, dirs, files in os.walk(base):
    dirs.sort()
    rel = os.path.relpath(root, base)
    tree.append((rel, sorted(files)))
for rel, files in tree:
    print(f"{rel}: {len(files)} files", files[:2])
total = sum(p.stat().st_size for p in base.rglob("*") if p.is_file())
print("total bytes:", total)
shutil.rmtree(base)
print("exists after rmtree:", base.exists(), os.path.exists(str(base)))

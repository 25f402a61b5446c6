# Reads CSV rows from stdin via sys.stdin iteration (see stdin_csv_report.stdin) and aggregates them.
import sys

header = sys.stdin.readline().strip().split(",")
totals = {}
rows = 0
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        continue
    rec = dict(zip(header, line.split(",")))
    totals.setdefault(rec["team"], []).append(int(rec["points"]))
    rows += 1
print(rows, "rows;", "columns:", header)
for team, pts in sorted(totals.items(), key=lambda kv: -sum(kv[1])):
    print(f"{team:<8} games={len(pts)} points={sum(pts):3d} best={max(pts)}")

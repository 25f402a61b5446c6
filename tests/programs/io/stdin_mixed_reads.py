# Mixes input(), sys.stdin.readline(), iteration over sys.stdin and readlines() on one input that has
# Windows (\r\n) and old Mac (\r) line ends: on POSIX, stdin splits lines at \n only and keeps the \r.
import sys

name = input()
header = sys.stdin.readline()
print(repr(name), repr(header))
rows = []
for line in sys.stdin:
    if line.strip() == "--":
        break
    rows.append([c.strip() for c in line.replace("\r", ",").split(",") if c.strip()])
print(rows)
rest = sys.stdin.readlines()
print(rest, sys.stdin.readline() == "", sys.stdin.read() == "")
total = sum(int(x) for r in rows for x in r if x.isdigit())
print(f"{name}: {total} over {len(rows)} rows")
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)

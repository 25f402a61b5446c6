# sys.exit() with no argument exits with status 0; raise SystemExit inside a function.
import sys


def finish(summary):
    print("summary:", summary)
    sys.exit()


counts = {}
for ch in "hello world":
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
finish(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("not printed")

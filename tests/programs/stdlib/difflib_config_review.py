# Reviewing a configuration change with difflib: unified and context diffs, an ndiff with hints, similarity
# scores, and "did you mean" suggestions for unknown setting names.
import difflib

before = """\
[server]
host = 0.0.0.0
port = 8080
workers = 4
timeout = 30

[database]
url = postgres://db.internal/app
pool_size = 10
echo = false

[cache]
backend = memory
ttl = 300
""".splitlines(keepends=True)

after = """\
[server]
host = 0.0.0.0
port = 8443
workers = 8
timeout = 30
tls = true

[database]
url = postgres://db.internal/app
pool_size = 10

[cache]
backend = redis
ttl = 300
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(before, after, "app.ini", "app.ini.new", n=1)), end="")
print("=" * 40)
print("".join(difflib.context_diff(before, after, "app.ini", "app.ini.new", n=0)), end="")
print("=" * 40)
for line in difflib.ndiff(before[1:5], after[1:6]):
    print(line, end="")

matcher = difflib.SequenceMatcher(None, before, after)
print("similarity: %.3f" % matcher.ratio())
summary = {}
for tag, i1, i2, j1, j2 in matcher.get_opcodes():
    summary[tag] = summary.get(tag, 0) + max(i2 - i1, j2 - j1)
print("changed lines by kind:", sorted(summary.items()))

known = sorted({line.split("=")[0].strip() for line in after if "=" in line})
for typo in ["prot", "wokers", "pool-size", "backnd", "compression"]:
    guesses = difflib.get_close_matches(typo, known, n=2)
    print("%-12s -> %s" % (typo, ", ".join(guesses) if guesses else "(no suggestion)"))

for old, new in [("postgres://db.internal/app", "postgres://db.internal:5432/app"), ("memory", "redis")]:
    sm = difflib.SequenceMatcher(None, old, new)
    edits = ["%s %r->%r" % (tag, old[i1:i2], new[j1:j2]) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]
    print("%.2f" % sm.ratio(), edits)

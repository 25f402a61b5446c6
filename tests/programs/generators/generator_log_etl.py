LOG = """\
2024-01-03 INFO  user=alice action=login ms=120
2024-01-03 WARN  user=bob action=upload ms=950
2024-01-03 INFO  user=alice action=upload ms=430
garbage line here
2024-01-04 ERROR user=carol action=login ms=3000
2024-01-04 INFO  user=bob action=logout ms=15
2024-01-05 INFO  user=alice action=logout ms=22

2024-01-05 ERROR user=bob action=upload ms=1200
"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def non_empty(lines):
    for n, line in lines:
        if line.strip():
            yield n, line


def parse(lines, errors):
    for n, line in lines:
        parts = line.split()
        try:
            date, level = parts[0], parts[1]
            fields = dict(p.split("=", 1) for p in parts[2:])
            fields["ms"] = int(fields["ms"])
        except (IndexError, ValueError, KeyError) as e:
            errors.append((n, type(e).__name__))
            continue
        yield {"line": n, "date": date, "level": level, **fields}


def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def running_stats():
    total = count = 0
    mx = None
    while True:
        value = yield (count, total, mx)
        if value is None:
            break
        count += 1
        total += value
        mx = value if mx is None or value > mx else mx
    return f"final {count} {total}"


errors = []
records = list(parse(non_empty(read_lines(LOG)), errors))
print(len(records), "records; errors:", errors)
for r in records:
    print(r)
print([r["line"] for r in where(records, user="alice")])
print([r["action"] for r in where(records, level="ERROR")])
print(list(window((r["ms"] for r in records), 3)))
slow = (r for r in records if r["ms"] > 400)
print(next(slow)["user"], [r["user"] for r in slow], list(slow))
stats = running_stats()
print(next(stats))
for r in records:
    print(stats.send(r["ms"]))
try:
    stats.send(None)
except StopIteration as e:
    print("done:", e.value)
by_user = {}
for r in records:
    by_user.setdefault(r["user"], []).append(r["ms"])
print({u: (len(v), sum(v) // len(v)) for u, v in sorted(by_user.items())})


def chunks(seq, n):
    it = iter(seq)
    while chunk := [x for _, x in zip(range(n), it)]:
        yield chunk


print(list(chunks(range(11), 4)))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, (3, [4, []]), 5], [[6]]])))
gen = (i * i for i in range(5))
print(sum(gen), sum(gen), any(x > 3 for x in [1, 5]), all([]))

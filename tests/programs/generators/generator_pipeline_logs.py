# A lazy log-processing pipeline built from generator functions and generator expressions.

LOG = """\
2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:05 DEBUG cache warmup items=120
2024-01-01 10:01:10 WARN  slow request path=/api/users ms=1200
2024-01-01 10:01:11 ERROR db timeout path=/api/orders ms=5000
2024-01-01 10:02:00 INFO  request path=/api/users ms=35
2024-01-01 10:02:30 INFO  request path=/api/orders ms=80
2024-01-01 10:03:45 ERROR handler crashed path=/api/users ms=12
2024-01-01 10:04:00 WARN  slow request path=/api/orders ms=900
"""


def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(lines):
    for line in lines:
        date, time, level, rest = line.split(None, 3)
        fields = dict(p.split("=", 1) for p in rest.split() if "=" in p)
        message = " ".join(p for p in rest.split() if "=" not in p)
        yield {"time": time, "level": level, "msg": message, **fields}


def only(levels, records):
    return (r for r in records if r["level"] in levels)


records = list(parse(lines(LOG)))
print(len(records), records[0])
for r in only({"ERROR", "WARN"}, records):
    print(f"{r['time']} {r['level']:5} {r['msg']:<16} {r.get('path', '-'):12} {r.get('ms', '?'):>5}")
timed = [r for r in records if "ms" in r]
print("total ms:", sum(int(r["ms"]) for r in timed))
by_path = {}
for r in timed:
    by_path.setdefault(r["path"], []).append(int(r["ms"]))
for path, ms in sorted(by_path.items()):
    print(path, len(ms), max(ms), round(sum(ms) / len(ms), 1))
first_error = next((r for r in records if r["level"] == "ERROR"), None)
print(first_error["msg"], next((r for r in records if r["level"] == "FATAL"), "none"))

# Access log analysis: parse fields with a regex, status code histogram, top paths, bytes per hour.
import re
from collections import Counter, defaultdict

LOG = """\
10.0.0.1 - - [10/Oct/2023:13:55:36] "GET /index.html HTTP/1.1" 200 2326
10.0.0.2 - - [10/Oct/2023:13:57:02] "GET /about.html HTTP/1.1" 200 1024
10.0.0.1 - - [10/Oct/2023:14:01:11] "POST /login HTTP/1.1" 302 0
10.0.0.3 - - [10/Oct/2023:14:05:45] "GET /missing HTTP/1.1" 404 512
10.0.0.2 - - [10/Oct/2023:14:06:00] "GET /index.html HTTP/1.1" 200 2326
10.0.0.4 - - [10/Oct/2023:15:10:10] "GET /api/data HTTP/1.1" 500 128
10.0.0.1 - - [10/Oct/2023:15:12:12] "GET /index.html HTTP/1.1" 304 0
malformed line here
10.0.0.5 - - [10/Oct/2023:15:30:00] "DELETE /api/data/7 HTTP/1.1" 403 64
"""
PATTERN = re.compile(r'(\S+) \S+ \S+ \[(\d+)/(\w+)/(\d+):(\d+):(\d+):(\d+)\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+)')

entries, bad = [], 0
for line in LOG.splitlines():
    m = PATTERN.match(line)
    if not m:
        bad += 1
        continue
    ip, day, mon, year, hh, mm, ss, method, path, status, size = m.groups()
    entries.append({"ip": ip, "hour": int(hh), "method": method, "path": path, "status": int(status),
                    "size": int(size)})
print(len(entries), "entries,", bad, "malformed")
statuses = Counter(e["status"] // 100 * 100 for e in entries)
for code in sorted(statuses):
    print(f"{code // 100}xx: {statuses[code]}")
paths = Counter(e["path"] for e in entries)
print(paths.most_common(2))
per_hour = defaultdict(int)
for e in entries:
    per_hour[e["hour"]] += e["size"]
print(dict(per_hour))
visitors = Counter(e["ip"] for e in entries)
print(sorted(visitors.items(), key=lambda kv: (-kv[1], kv[0])))
errors = [f"{e['method']} {e['path']} -> {e['status']}" for e in entries if e["status"] >= 400]
print(errors)

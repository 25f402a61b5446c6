import re
from functools import cmp_to_key
from collections import Counter, defaultdict
LOG = """\
2024-01-05 10:15:32 INFO  [auth] user=alice action=login ip=10.0.0.5
2024-01-05 10:16:01 WARN  [db] slow query took 1532ms table=orders
2024-01-05 10:16:05 ERROR [auth] user=bob action=login ip=10.0.0.9 reason="bad password"
2024-01-05 10:17:44 INFO  [api] GET /v1/items?id=42 status=200 dur=12ms
2024-01-05 10:18:02 ERROR [api] POST /v1/orders status=500 dur=873ms
2024-01-05 10:18:30 INFO  [auth] user=alice action=logout
2024-01-05 10:19:11 DEBUG [db] pool size=10
"""
LINE = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s+
    (?P<time>\d{2}:\d{2}:\d{2})\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<comp>\w+)\]\s+
    (?P<msg>.*)
""", re.VERBOSE)
KV = re.compile(r'(\w+)=("[^"]*"|\S+)')
entries = []
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        continue
    d = m.groupdict()
    d["kv"] = {k: v.strip('"') for k, v in KV.findall(d["msg"])}
    entries.append(d)
print(len(entries), entries[0]["level"], entries[2]["kv"])
print(Counter(e["level"] for e in entries).most_common())
by_comp = defaultdict(list)
for e in entries:
    by_comp[e["comp"]].append(e["time"])
print(dict(by_comp))
durs = [int(x) for x in re.findall(r"(?:dur=|took )(\d+)ms", LOG)]
print(durs, sum(durs) / len(durs))
print(re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", LOG))
print(re.sub(r"user=(\w+)", lambda m: "user=" + m.group(1)[0] + "***", LOG.splitlines()[0]))
print(re.sub(r"\d", "#", "a1b22c333", count=3), re.subn(r"[aeiou]", "", "education"))
print(re.search(r"(?i)error", "no Error here").group(), re.match(r"\w+", "  x"), re.fullmatch(r"\d+", "123"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"\d+(?=ms)", LOG), re.findall(r"(?<=\[)\w+(?=\])", LOG))
m = re.search(r"(?P<verb>GET|POST) (?P<path>\S+)", LOG)
print(m.group("verb", "path"), m.groups(), m.start("path"), m.lastgroup, m.re.pattern[:10])
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"), re.split(r"x", "axbxc", maxsplit=1), re.escape("a.b*c"))
pat = re.compile(r"^(\w+):", re.M)
print(pat.findall("k1: v\nk2: w\n notkey: z"), bool(re.compile("abc", re.I).search("xABCx")))
print(re.sub(r"(?P<a>\w+)@(?P<b>\w+)", r"\g<b> at \g<a>", "me@host you@there"))
print(re.findall(r"a.c", "abc a\nc", re.S), re.findall(r"^\s*$", "x\n\n  \ny", re.M))
print([m.span() for m in re.finditer(r"o", "foo boo")], re.sub(r"(a)(b)?", r"[\1\2]", "ab a"))
def cmp_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)
print(sorted(["1.2.10", "1.2.9", "1.10", "1.2"], key=cmp_to_key(cmp_versions)))
def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a > b else (1 if a < b else 0)
print(sorted("pear fig apple kiwi date plum".split(), key=cmp_to_key(by_len_then_rev)))
tokens = re.findall(r"\d+\.\d+|\d+|[-+*/()]|\w+", "3.5*(x+42)-y/2")
print(tokens)
print(re.compile(r"(\d+)-(\d+)").sub(lambda m: str(int(m[1]) + int(m[2])), "1-2 and 10-20"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e.msg if hasattr(e, "msg") else e)

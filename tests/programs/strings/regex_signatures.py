"""re.sub/subn/split and Pattern.sub/subn/split argument binding; Pattern.groupindex."""
import re

p = re.compile(r"(?P<word>[a-z]+)(?P<num>\d*)", re.I)
print(p.groupindex, len(p.groupindex), p.groupindex["num"], "word" in p.groupindex, list(p.groupindex))
print(dict(p.groupindex), sorted(p.groupindex.items()), p.groupindex.get("nope", -1), type(p.groupindex).__name__)
print(re.compile("(a)(b)").groupindex, re.compile(b"(?P<x>.)").groupindex)
try:
    p.groupindex["other"] = 3
except TypeError as e:
    print("TypeError:", e)

sp = re.compile(r"[,;]")
print(sp.split("a,b;c,d", 2), sp.split("a,b;c,d", maxsplit=1), sp.split(string="x,y"))
ws = re.compile(r"\s+")
print(ws.sub("-", "a b  c   d", 2), ws.subn("-", "a b  c   d", 1), ws.sub(repl="_", string="p q r", count=1))
print(re.sub("a", "b", "aaaa", 2), re.sub("A", "b", "aaaa", 3, re.I), re.subn("a", "b", "aaaa", 0, re.I))
print(re.split(",", "a,b,c,d", 2), re.split("X", "axbxc", 1, re.I), re.split(pattern="x", string="1x2x3", maxsplit=1, flags=0))
print(re.sub(p, r"\g<num>\g<word>", "ab12 CD3"), re.split(sp, "1;2"), re.subn(ws, "", " a b "))
print(re.compile(p) is p, re.findall(p, "xy9 Z"), re.match(re.compile("A", re.I), "a") is not None)

attempts = [
    lambda: ws.sub("-", "a b", 1, 0),
    lambda: ws.sub("-", "a b", flags=re.I),
    lambda: ws.sub("-", "a b", 1, count=2),
    lambda: ws.sub("-"),
    lambda: ws.split(),
    lambda: ws.split("a b", 1, 2),
    lambda: re.sub("a", "b"),
    lambda: re.sub("a"),
    lambda: re.sub("a", "b", "c", 1, 0, 9),
    lambda: re.sub("a", "b", "c", 1, count=2),
    lambda: re.sub("a", "b", "c", cnt=2),
    lambda: re.split("a", "b", 1, 0, 9),
    lambda: re.split("a"),
    lambda: re.sub(p, "x", "y", flags=re.I),
    lambda: re.split(sp, "y", 0, re.M),
    lambda: re.compile(p, re.I),
    lambda: re.search(p, "z", re.I),
]
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

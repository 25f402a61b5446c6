"""Regular expression workload: sub/findall/finditer with groups, named groups and flags."""
import re

LOG = """2024-01-15 10:23:45 INFO  [web-1] GET /index.html 200 512
2024-01-15 10:23:46 WARN  [web-2] GET /missing 404 0
2024-01-15 10:24:01 ERROR [db-1] timeout after 30s (query=SELECT * FROM t)
2024-01-15 10:25:13 INFO  [web-1] POST /api/items 201 87
2024-01-16 08:00:00 DEBUG [cache] hit ratio=0.93
""" * 40

line_re = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<src>[\w-]+)\] (?P<msg>.*)$",
                     re.MULTILINE)
counts = {}
for m in line_re.finditer(LOG):
    counts[m.group("level")] = counts.get(m.group("level"), 0) + 1
print(sorted(counts.items()))
m = line_re.search(LOG)
print(m.groupdict(), m.span(), m.start("msg"), m.group(1, 3))
http = re.findall(r"(GET|POST) (\S+) (\d{3}) (\d+)", LOG)
print(len(http), http[:4])
print(sum(int(b) for *_, b in http))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", LOG.splitlines()[0]))
print(re.sub(r"(?P<k>\w+)=(?P<v>[\d.]+)", r"\g<v>=\g<k>", "ratio=0.93 and n=5"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.subn(r"[aeiou]", "", "the quick brown fox jumps"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\s)", "x y  z"), re.split(r"\W+", "hi, there!", maxsplit=1))
words = re.findall(r"\b[a-z]+\b", "Hello World, hello again WORLD", re.IGNORECASE)
print(words)
print(re.findall(r"^\w+", "one two\nthree four\nfive", re.M))
print(re.search(r"a.b", "a\nb", re.S).group() == "a\nb", re.search(r"a.b", "a\nb"))
print(re.fullmatch(r"[\w.]+@[\w.]+\.\w+", "user.name@example.co.uk") is not None)
verbose = re.compile(r"""
    (?P<int>[+-]?\d+)      # integer part
    (?:\.(?P<frac>\d+))?   # optional fraction
    (?:e(?P<exp>[+-]?\d+))?  # exponent
""", re.VERBOSE | re.IGNORECASE)
for s in ["12", "-3.25", "6.02E23", "+1e-9"]:
    mm = verbose.fullmatch(s)
    print(s, mm.group("int"), mm.group("frac"), mm.group("exp"), mm.lastgroup)
print(re.escape("a.b*c?(d)"), re.findall(r"(a)(b)?", "ab a"))
print(re.match(r"(\w)(\1)", "aab"), re.match(r"(\w)\1", "aab").group())
print([m.group(0) for m in re.finditer(r"(?<=\$)\d+(?!\d*%)", "cost $100 and $25%")])
tok = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")
print([(n, w, o) for n, w, o in tok.findall("x = 3.5 * (y + 42)")])
print(re.sub(r"(?m)^", "> ", "a\nb\nc"))
print(re.compile(r"ab+").pattern, re.compile("x", re.I).flags & re.I != 0)
print(re.findall(r"[^\x00-\x7f]", "naïve café"), re.sub(r"\s+", " ", "  lots   of\t\nspace "))
pat = re.compile(r"(?P<word>\b\w+\b)\s+(?P=word)")
print(pat.findall("this is is a test test ok"))
total = 0
for i in range(2000):
    total += len(re.findall(r"\d", "a1b2c3" + str(i)))
print(total)

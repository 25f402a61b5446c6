"""Text utilities: word frequencies, wrapping, translate tables, case handling and alignment."""
import re
import string
import textwrap
from collections import Counter, defaultdict, OrderedDict

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(freq.most_common(5))
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
print(textwrap.fill(TEXT, width=40))
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("    x = 1\n      y = 2\n    z = 3"))
table = str.maketrans({"a": "4", "e": "3", "o": "0"})
print("hello world, leet speak".translate(table))
print("remove vowels".translate(str.maketrans("", "", "aeiou")))
print(string.capwords("the quick  brown fox"), "ß".upper(), "İ".lower(), "ǅ".swapcase(), "straße".casefold())
print("Title Case Here".istitle(), "abc123".isalnum(), "١٢٣".isdigit(), "½".isnumeric(), "   ".isspace(), "".isspace())
print("a,b,,c".split(","), "a b  c".split(), " a b ".split(" "), "a\nb\r\nc\rd".splitlines(), "x".join("abc"))
print("hello".center(11, "*"), "42".zfill(5), "-42".zfill(5), "tab\tsep\tvalues".expandtabs(4), "abc".rjust(2))
print("mississippi".count("ss"), "mississippi".find("ss", 3), "mississippi".rfind("ss"), "mississippi".replace("ss", "SS", 1))
print("Hello"[::-1], "Hello"[1:-1], "Hello"[-10:10], "Hello"[::2], "Hello"[4:1:-1])
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com and amy@test.com"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.findall(r"(\d+)-(\d+)", "1-2 33-44"), bool(re.match(r"^\d{3}$", "123")))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", "date: 2024-03-15")
print(m.group(0), m.group("year"), m.groupdict(), m.span(), m.start(2))
print([m.group() for m in re.finditer(r"\b[A-Z]\w*", "Alice met Bob in Paris")])
od = OrderedDict()
for w in words[:10]:
    od[w] = od.get(w, 0) + 1
od.move_to_end("it")
print(od, list(od.keys())[:3], od.popitem(last=False))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed("a-b-c".split("-"))), "%-10s|" % "left", "{:>10}|".format("right"))
lines = ["name,age,city", "Ann,30,Oslo", "Bob,25,Rome", "Cy,41,Lima"]
rows = [l.split(",") for l in lines]
widths = [max(len(r[i]) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(c.ljust(w) for c, w in zip(r, widths)))

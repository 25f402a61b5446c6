import re

text = """Contact: John Smith <john.smith@example.com>, phone 555-123-4567.
Jane Doe <JANE@Example.org> (555) 987-6543; ext. 12
Invalid: foo@bar, @nope.com, x@y.z
Dates: 2024-03-15, 1999-12-31 and 15/03/2024."""

emails = re.findall(r"[\w.]+@[\w]+\.[a-z]{2,}", text, re.IGNORECASE)
print(emails)
print(re.findall(r"(\d{3})[-) ]+(\d{3})-(\d{4})", text))
for m in re.finditer(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", text):
    print(m.group(0), m.group("year"), m["month"], m.groupdict(), m.span(), m.start("day"))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3.\2.\1", text.splitlines()[3]))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>/\g<y>", "2024-03 and 2025-11"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"[aeiou]", "*", "programming language", count=3))
print(re.subn(r"\s+", " ", "  lots   of\t\tspace \n here "))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"x", "axbxc", maxsplit=1))
m = re.match(r"(\w+) ?(\w+)?", "hello")
print(m, m.groups(), m.groups("-"), m.group(1, 2) if m else None)
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123").group(), re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1"))
pat = re.compile(r"^(?P<key>\w+)\s*=\s*(?P<val>.*?)\s*$", re.MULTILINE)
cfg = "name = demo\n  bad line\nsize=  42  \nempty =\n"
print([(m["key"], m["val"]) for m in pat.finditer(cfg)])
print(pat.pattern, bool(pat.flags & re.MULTILINE), pat.groups, pat.groupindex["val"])
print(re.findall(r"\b\w", "the quick brown"), re.findall(r"(?i)THE", "The the tHe"), re.findall(r"a|b|", "abc"))
print(re.escape("1+1=2? (yes) [x] $5.00"), re.findall(re.escape("a.b"), "a.b axb a.b"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"))
print(re.findall(r"<(.+?)>", "<a><b><c>"), re.findall(r"<(.+)>", "<a><b><c>"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub("a", r"\\", "banana"))
words = re.findall(r"[A-Za-z']+", "It's a dog's life, isn't it? Don't panic!")
print(words, len(words))
print(re.compile(r"(a)(b)?").match("ac").group(2), re.search(r"(x)|(y)", "y").groups())
print(re.findall(r"\d+(?:\.\d+)?", "pi 3.14, e 2.718, n 42"), re.findall(r"(\w)\1", "aabbcdde"))
tok = re.compile(r"\s*(?:(?P<num>\d+)|(?P<op>[+*/-])|(?P<lp>\()|(?P<rp>\)))")
print([(m.lastgroup, m.group(m.lastgroup)) for m in tok.finditer("12 + (3*4) - 5")])
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e)
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M), re.findall(r".", "a\nb", re.S), re.findall(r"^\w", "ab\ncd", re.M))
print(re.match(r"(?x) \d+  # digits\n  -  \d+", "12-34").group(), bool(re.search(r"\Bbar", "foobar")), re.sub(r"(?i)hello", "bye", "HeLLo world"))

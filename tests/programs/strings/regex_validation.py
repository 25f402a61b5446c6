# Regular expressions: validating emails, dates, phone numbers; named groups; substitutions.
import re

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
PHONE = re.compile(r"\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})")

for e in ["user@example.com", "first.last+tag@sub.domain.org", "bad@", "@bad.com", "a@b", "x@y.z"]:
    print(f"{e:32} {bool(EMAIL.match(e))}")
text = "Released 2021-03-14, patched 2022-11-02 and retired 2024-01-31."
for m in DATE.finditer(text):
    print(m.group(0), m.group("year"), m["month"], m.groupdict(), m.span())
print(DATE.sub(lambda m: f"{m['day']}/{m['month']}/{m['year']}", text))
for p in ["(555) 123-4567", "555.123.4567", "5551234567", "55-123-4567"]:
    m = PHONE.fullmatch(p)
    print(p, "->", "-".join(m.groups()) if m else None)
print(re.findall(r"\b\w{5,}\b", "The quick brown fox jumps over lazy dogs"))
print(re.split(r"[;,\s]+", "a, b;c  d,,e"), re.split(r"(\d)", "a1b2c"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.subn(r"o", "0", "foo boo"))
print(re.search(r"(\d+)\s*(kg|g)", "weight: 250 g").groups(), re.match(r"abc", "xabc"))
print(re.findall(r"(?i)py\w*", "Python PYPY pyre spy"), re.escape("a.b*c"))
print(bool(re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", "Hello World")))

# Snippet for the 're' adapter.
import re
from re import compile, IGNORECASE

print(re.match(r"(\w+) (\w+)", "hello world extra").groups(), re.match(r"\d", "x1"), re.search(r"\d+", "ab123cd45").group())
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"), re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1 b=2"))
print([m.span() for m in re.finditer(r"o", "foo boo")], re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.subn(r"a", "A", "banana"), re.subn("a", "-", "banana", count=2))
print(re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(,)", "x,y"), re.split(r",", "a,b,c", maxsplit=1), re.escape("a.b*c?"))
re.purge()
pat: re.Pattern = re.compile(r"(?P<key>\w+):(?P<val>\d+)")
m: re.Match = pat.search("id:42 x:7")
print(m.group("key"), m.group(2), m.groupdict(), m.start(), m.end(), m.span("val"), m.string, m.pos, m.endpos)
print(pat.flags == re.compile("x").flags, pat.findall("a:1 b:2"), pat.sub(r"\g<val>=\g<key>", "a:1 b:2"), pat.pattern, pat.groups, pat.match("zz"), pat.fullmatch("q:9").group())
print(m.lastindex, m.lastgroup, re.match(r"(a)(b)?", "a").lastindex, re.match("x", "x").lastgroup)
print(pat.split("x a:1 y"), pat.subn("#", "a:1 b:2"), [m.group(0) for m in pat.finditer("c:3 d:4")])
print(re.findall(r"abc", "ABC abc", re.I), re.findall(r"abc", "ABC", flags=re.IGNORECASE), compile("x", IGNORECASE).match("X").group())
print(re.findall(r"^\w", "a\nb\nc", re.M), re.findall(r"^\w", "a\nb", re.MULTILINE), re.match(r"a.b", "a\nb", re.S).group() == "a\nb", re.match(r"a.b", "a\nb", re.DOTALL) is not None)
print(re.match(r"a # comment\n b", "ab", re.X).group(), re.match(r"a b", "ab", re.VERBOSE).group(), re.match(r"\w", "é", re.A), re.match(r"\w", "é", re.ASCII))
print(re.I == re.IGNORECASE, int(re.M | re.S), int(re.X), int(re.A), int(re.I | re.VERBOSE))
print(re.I, re.M | re.S, repr(re.A | re.I), re.NOFLAG, re.L, re.LOCALE, re.U, re.UNICODE, re.T, re.TEMPLATE, re.DEBUG, re.RegexFlag(2))
print(m.re.pattern, m.re, re.match("a", "ab").string, isinstance(re.I, int), re.RegexFlag.__name__)
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e)
print(pat.groupindex, pat.groupindex["val"], len(pat.groupindex), pat.sub("-", "a:1 b:2 c:3", 2), pat.split("a:1 b:2 c:3", 1), re.sub("a", "b", "aaa", 1))

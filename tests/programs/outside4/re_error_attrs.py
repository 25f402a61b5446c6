# re.error raised for a bad pattern carries msg/pattern/pos/lineno/colno, and a multi-line
# (verbose) pattern's message ends with "(line L, column C)".
import re

BAD = ["(unclosed", "a)b", "*start", "x{3,1}", "(?P<n>a)(?P<n>b)", "[abc", "a**"]
for pat in BAD:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)

VERBOSE = """
    (?P<year>\\d{4})-   # year
    (?P<month>\\d{2}    # month, missing paren
"""
try:
    re.compile(VERBOSE, re.VERBOSE)
except re.error as e:
    print(str(e))
    print(e.msg, e.pos, e.lineno, e.colno)

for pat in ["ok(", "fine"]:
    try:
        print(re.findall(pat, "fine ok"))
    except re.error as err:
        print("bad pattern", repr(pat), "->", err.msg)


def safe_compile(p):
    try:
        return re.compile(p)
    except re.error as exc:
        return "error at %s: %s" % (exc.pos, exc.msg)


print(safe_compile(r"\d+"), safe_compile("(?<=a+)b"), safe_compile("(?z)"))

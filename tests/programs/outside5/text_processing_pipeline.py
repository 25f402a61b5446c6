"""String processing pipeline: tokenizing, normalizing, n-grams, wrapping, templating, path-like strings."""
import string
import textwrap
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""

table = str.maketrans("", "", string.punctuation)
words = TEXT.lower().translate(table).split()
print(len(words), len(set(words)), Counter(words).most_common(4))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
caps = [w for w in TEXT.split() if w[:1].isupper()]
print(caps)
print(textwrap.fill(" ".join(words[:40]), width=36, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))
print(textwrap.dedent("""\
    indented
      more
    back"""))
print(textwrap.indent("a\nb\n", "+ "), end="")
tpl = string.Template("$who likes $what; cost $$${price}")
print(tpl.substitute(who="Tim", what="kung pao", price="4.50"), tpl.safe_substitute(who="X"))
paths = ["/usr/local/lib/python3.11/site-packages/pkg/mod.py", "C:/data/file.tar.gz", "relative/dir/", "noext", ".hidden"]
for p in paths:
    head, _, tail = p.rstrip("/").rpartition("/")
    stem, dot, ext = tail.partition(".")
    print(f"{p!r:55} dir={head or '.'!r} base={tail!r} stem={stem!r} ext={ext!r}")
csv_line = 'a,"b,c",d,"e ""quoted""",'
fields, cur, inq, i = [], [], False, 0
while i < len(csv_line):
    ch = csv_line[i]
    if inq:
        if ch == '"' and i + 1 < len(csv_line) and csv_line[i + 1] == '"':
            cur.append('"')
            i += 1
        elif ch == '"':
            inq = False
        else:
            cur.append(ch)
    elif ch == '"':
        inq = True
    elif ch == ",":
        fields.append("".join(cur))
        cur = []
    else:
        cur.append(ch)
    i += 1
fields.append("".join(cur))
print(fields)
s = "  Hello, World!  "
print(repr(s.strip()), s.lstrip().upper(), s.title(), s.swapcase(), s.center(24, "*"), s.count("l"), s.find("o", 8), s.rfind("o"))
print("a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), "line1\nline2\r\nline3".splitlines(), "x".join("abc"), "ab" * 3)
print("Hello".startswith(("He", "X")), "file.py".endswith(".py"), "abc".isalnum(), "12".isdigit(), " ".isspace(), "Ab".istitle())
print("{:>6}".format("ab").replace(" ", "."), "tab\tsep".expandtabs(8), "ß".upper(), "İ".lower(), "ﬁ".casefold(), "straße".casefold())
print("caesar:", "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world"))
print("%s" % "é".encode("utf-8"), "é".encode("latin-1"), b"caf\xc3\xa9".decode(), "abc".encode("ascii").hex())
print("zfill", "42".zfill(5), "-42".zfill(5), "abc".ljust(5, "."), "abc".rjust(5), "a,b,,c".split(","), " a  b ".split())
print(sorted("banana"), "banana".index("n"), "banana".replace("a", "o", 2), "Banana".partition("n"), "banana".removeprefix("ba"), "banana".removesuffix("na"))
acc = []
for i in range(2000):
    acc.append(str(i)[::-1])
joined = ",".join(acc)
print(len(joined), joined[:30], joined.count("0"), hash(joined) == hash("".join([joined])))

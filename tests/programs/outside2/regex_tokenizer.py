import re
from collections import namedtuple

Token = namedtuple("Token", ["type", "value", "line", "column"])


def tokenize(code):
    keywords = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}
    token_specification = [
        ("NUMBER", r"\d+(\.\d*)?"),
        ("ASSIGN", r":="),
        ("END", r";"),
        ("ID", r"[A-Za-z]+"),
        ("OP", r"[+\-*/]"),
        ("NEWLINE", r"\n"),
        ("SKIP", r"[ \t]+"),
        ("MISMATCH", r"."),
    ]
    tok_regex = "|".join("(?P<%s>%s)" % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in keywords:
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise RuntimeError(f"{value!r} unexpected on line {line_num}")
        yield Token(kind, value, line_num, column)


statements = """
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
"""
for token in tokenize(statements):
    print(token)
try:
    list(tokenize("x := 3 $"))
except RuntimeError as e:
    print("error:", e)

log = """2024-01-15 10:23:45 ERROR [db] Connection timeout after 30s
2024-01-15 10:24:01 INFO [web] GET /index.html 200
2024-01-15 10:24:07 WARN [web] GET /missing 404
2024-01-16 00:00:00 ERROR [auth] Invalid token for user=bob"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>\w+) \[(?P<mod>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level"), m["mod"], m.group("date", "time"), len(m.group("msg")))
print(pat.findall(log)[1])
print(re.findall(r"\b\w+=(\w+)", log), re.findall(r"(\d+)s\b", log))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", log.splitlines()[0]))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(-)", "1-2-3"), re.split(r"\s+", "  x y  ", maxsplit=1))
print(re.match(r"(\w+)@(\w+)\.com", "joe@example.com").groups(), re.search(r"z", "abc"))
m = re.search(r"(?P<word>b+)", "aabbbcc")
print(m.span(), m.start("word"), m.end(), m.groupdict(), m.re.pattern, m.string)
print(re.fullmatch(r"[a-f0-9]+", "deadbeef") is not None, re.fullmatch(r"[a-f]+", "xyz"))
print(re.subn(r"o", "0", "foo boo"), re.escape("a.b*c"), re.IGNORECASE | re.MULTILINE)
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.compile(r"a|b").sub("-", "cabd", count=1))
print(re.findall(r"(?<=\$)\d+", "cost $30 and $45"), re.findall(r"\d+(?!px)\b", "10px 20em 30"))
print(re.sub(r"(?P<k>\w+):(?P<v>\w+)", r"\g<v>=\g<k>", "a:1 b:2"))
words = re.compile(r"[A-Z][a-z]*")
print(words.findall("HelloWorldFooBar"), words.search("xxAbc").group(0))
print(re.match(r"^\s*(#.*)?$", "   # comment").group(1), bool(re.match(r"a{2,3}", "aaaa")))
print([m.group(0) for m in re.finditer(r"\w+", "one two  three")], re.sub(r"^", "> ", "x\ny", flags=re.M))

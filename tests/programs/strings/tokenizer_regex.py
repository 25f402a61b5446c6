# A regex-based tokenizer for a small expression language with line/column tracking.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("IDENT", r"[A-Za-z_]\w*"),
    ("OP", r"==|!=|<=|>=|[-+*/=<>(){},;]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("COMMENT", r"#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))
KEYWORDS = {"if", "else", "while", "let", "fn", "return"}


def tokenize(code):
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        col = m.start() - line_start + 1
        if kind == "NEWLINE":
            line, line_start = line + 1, m.end()
            continue
        if kind in ("SKIP", "COMMENT"):
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {value!r} at {line}:{col}")
        if kind == "IDENT" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        yield kind, value, line, col


CODE = '''let total = 0  # running total
fn add(a, b) { return a + b; }
while total <= 10.5 {
    total = add(total, 3);
    print("total is \\"now\\"", total)
}'''
for tok in tokenize(CODE):
    print(tok)
try:
    list(tokenize("let x = 5 @ 2"))
except SyntaxError as e:
    print("SyntaxError:", e)

#!/usr/bin/env python3
"""f-string oracle (needs Python 3.12+, whose tokenize splits f-strings as PEP 701 does).

Reads file paths from stdin (one a line) and writes one JSON line per file:
``{"path": ..., "tokens": [[type, string, line, col], ...]}`` listing, for every outermost f-string, its tokens
from FSTRING_START to the matching FSTRING_END, or ``{"path": ..., "error": "..."}``.

FSTRING_MIDDLE tokens are left out: 3.12's tokenize reports "{{" as "{" in their text and shifts their
positions, so only the structure (starts, ends, braces, expression tokens, '!', ':', '=') is compared.
NL and COMMENT tokens are left out as well (trivia for us). Columns count code points.
"""
import json
import sys
import tokenize

if sys.version_info < (3, 12):
    sys.exit("fstring_tokens.py needs Python 3.12 or newer")

SKIPPED = {tokenize.FSTRING_MIDDLE, tokenize.NL, tokenize.COMMENT}


def tokens_of(path):
    out = []
    depth = 0
    with open(path, "rb") as f:
        for t in tokenize.tokenize(f.readline):
            if t.type == tokenize.FSTRING_START:
                depth += 1
            if depth > 0 and t.type not in SKIPPED:
                out.append([tokenize.tok_name[t.type], t.string, t.start[0], t.start[1]])
            if t.type == tokenize.FSTRING_END:
                depth -= 1
    return out


def main():
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        try:
            record = {"path": path, "tokens": tokens_of(path)}
        except (tokenize.TokenError, SyntaxError, UnicodeDecodeError) as e:
            record = {"path": path, "error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(record, ensure_ascii=True) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()

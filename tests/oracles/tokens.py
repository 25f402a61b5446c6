#!/usr/bin/env python3
"""Token oracle for the lexer tests: CPython's ``tokenize`` output in a form the C# test compares with ours.

Reads file paths from stdin (one a line) and writes one JSON line per file, in the same order:
``{"path": ..., "tokens": [[type, string, start_line, start_col, end_line, end_col], ...]}`` or
``{"path": ..., "error": "..."}`` when ``tokenize`` rejects the file.

Normalisation (so the comparison is about tokens, not about conventions that differ on purpose):
- COMMENT, NL and ENCODING tokens are dropped (they are trivia for us).
- INDENT and DEDENT get an empty string and the start position of the next token that is not an
  INDENT/DEDENT (CPython's INDENT string is the indentation text; ours is zero-width).
- ENDMARKER, and INDENT/DEDENT that precede it, get position 0:0-0:0 (end-of-file positions differ when the
  file does not end with a line break).
- A NEWLINE with an empty string (end of file without a final line break) ends where it starts.
- Columns count code points, as CPython's do; the caller maps its UTF-16 positions the same way.
Type names are ``tokenize.tok_name`` values (NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER,
ERRORTOKEN). Python 3.11's tokenize returns an f-string as one STRING token.
"""
import json
import sys
import tokenize

DROPPED = {tokenize.COMMENT, tokenize.NL, tokenize.ENCODING}


def tokens_of(path):
    with open(path, "rb") as f:
        raw = [t for t in tokenize.tokenize(f.readline) if t.type not in DROPPED]
    out = []
    for i, t in enumerate(raw):
        name = tokenize.tok_name[t.type]
        (sl, sc), (el, ec) = t.start, t.end
        text = t.string
        if t.type in (tokenize.INDENT, tokenize.DEDENT):
            j = i
            while raw[j].type in (tokenize.INDENT, tokenize.DEDENT):
                j += 1
            text = ""
            if raw[j].type == tokenize.ENDMARKER:
                sl = sc = el = ec = 0
            else:
                (sl, sc) = (el, ec) = raw[j].start
        elif t.type == tokenize.ENDMARKER:
            sl = sc = el = ec = 0
        elif t.type == tokenize.NEWLINE and text == "":
            el, ec = sl, sc
        out.append([name, text, sl, sc, el, ec])
    return out


def main():
    out = sys.stdout
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        try:
            record = {"path": path, "tokens": tokens_of(path)}
        except (tokenize.TokenError, SyntaxError, UnicodeDecodeError, IndentationError) as e:
            record = {"path": path, "error": "%s: %s" % (type(e).__name__, e)}
        out.write(json.dumps(record, ensure_ascii=True) + "\n")
    out.flush()


if __name__ == "__main__":
    main()

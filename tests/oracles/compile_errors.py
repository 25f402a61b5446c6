#!/usr/bin/env python3
"""Which snippets CPython rejects after parsing, and with what message.

Reads a cases file whose snippets are separated by lines that are exactly ``# ---`` and prints one line per
snippet: ``ok`` when ``compile()`` accepts it; ``parse LINE MESSAGE`` when ``ast.parse`` already rejects it (the
parser's business, not the binder's); ``error LINE MESSAGE`` for a SyntaxError that ``compile()`` raises after
parsing (symtable, compiler, future imports).
"""
import ast
import sys
import warnings


def split_cases(text):
    cases, current = [], []
    for line in text.split("\n"):
        if line == "# ---":
            cases.append("\n".join(current) + "\n")
            current = []
        else:
            current.append(line)
    if any(l.strip() for l in current):
        cases.append("\n".join(current) + "\n")
    return cases


def judge(source):
    try:
        ast.parse(source)
    except SyntaxError as e:
        return "parse %s %s" % (e.lineno, e.msg)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(source, "<case>", "exec", dont_inherit=True)
    except SyntaxError as e:
        return "error %s %s" % (e.lineno, e.msg)
    return "ok"


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        cases = split_cases(f.read())
    out = sys.stdout
    for source in cases:
        out.write(judge(source) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

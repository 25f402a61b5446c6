"""Regenerates runtime/tests/data/casemap.jsonl: str.lower/upper/title/
casefold/swapcase/capitalize for every code point whose case mapping is not
the identity, plus final-sigma contexts, from CPython 3.11 (Unicode 14).

Usage: python3.11 runtime/tools/gen_casemap.py
"""
import random
import sys

from casegen import case, write

assert sys.version_info[:2] == (3, 11), "expected values are defined by CPython 3.11"


def gen():
    lines = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        if c.lower() == c and c.upper() == c and c.title() == c and c.casefold() == c:
            continue
        for m in ["lower", "upper", "title", "casefold", "swapcase"]:
            lines.append(case("m:" + m, c))
        lines.append(case("m:capitalize", c + "A" + c))
    r = random.Random(61)
    pieces = ["Σ", "σ", "ς", "A", "a", " ", "'", ".", "Ǆ", "ǅ", "ß", "İ", "ﬁ", "\u0345", "\u0301", "1"]
    for _ in range(400):
        s = "".join(r.choice(pieces) for _ in range(r.randint(1, 8)))
        for m in ["lower", "title", "capitalize", "swapcase", "casefold", "upper"]:
            lines.append(case("m:" + m, s))
    write("casemap.jsonl", lines)


if __name__ == "__main__":
    gen()

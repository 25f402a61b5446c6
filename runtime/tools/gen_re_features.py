"""Regenerates runtime/tests/data/re_features.jsonl: the `re` features beyond
the basic engine (scoped inline flags, atomic groups, possessive quantifiers,
conditional groups, bytes patterns and subjects), from CPython.

Usage: python3.11 runtime/tools/gen_re_features.py (deterministic, seeded).
"""
import random
import re
import sys

from casegen import case, write

assert sys.version_info[:2] == (3, 11), "expected values are defined by CPython 3.11"

PATTERNS = [
    r"(?i:ab)c", r"a(?i:b)c", r"(?i:a(?-i:b)c)", r"(?s:a.b).", r"(?m:^b)", r"(?m:b$)x?", r"(?x: a b # c\n)c", r"(?a:\w+)", r"(?a:\W)", r"(?a:\D)x?", r"(?a:[^\w])", r"(?a:\S)", r"(?a:(?i:\W))",
    r"(?i)a(?-i:b)", r"(?is:a.B)", r"(?ai:é)", r"(?u:\w+)", r"(?i:[a-c]+)", r"(?i:(a)\1)",
    r"(?>a|ab)c", r"(?>a+)a", r"(?>a*)b", r"(?>(a)|b)+", r"(?>x|xy)?y", r"a(?>bc|b)c",
    r"a++", r"a*+b", r"a?+a", r"a{1,2}+a", r"(ab)++c", r"[ab]*+b", r"a{2}+", r"\w++\d", r"(?:a|ab)++c",
    r"(a)?(?(1)b|c)", r"(?P<q>\")?\w+(?(q)\")", r"(a)?b(?(1)c)", r"(?(1)a|b)?(x)?", r"(<)?\w+(?(1)>|$)", r"(a)|(?(1)x|y)",
    r"^(?:(a)|b)(?(1)c|d)$", r"(?:(a)|b)+(?(1)x)",
]
BAD = [r"(?i-i:a)", r"(?-a:a)", r"(?i", r"(?i-:a)", r"(?-:a)", r"(?q:a)", r"(?(1)a|b|c)", r"(?(x)a)", r"(?(1a)b)", r"(?(2)a)(b)",
       r"(?(200)a)", r"a(?i)b", r"(?(1))", r"(?L:a)", r"a+++", r"a*?+", r"(?>a"]
BYTES_PATTERNS = [rb"a+", rb"\w+", rb"\s+", rb"(?i)\xe9", rb"(?i)ab", rb"[\x80-\xff]+", rb"(\w)(\d)?", rb"\bx\b", rb"(?P<n>b)", rb".", rb"a|b",
                  rb"(?a:\w)", rb"\W+", rb"\d\D", rb"(?i:[a-z]+)", rb"\x00"]


def gen():
    r = random.Random(51)
    lines = []
    alphabet = "aabbcAB x\ny<>\"\"é1٣"
    for p in PATTERNS:
        strings = ["", "abc", "ABC", "aBc", "aab", "a\nb", "ab", "abcabc", "aaa", "aaab", "xyy", "abcc", '"word"', "word", "<w>", "<w", "ac", "bd", "acd"]
        strings += ["".join(r.choice(alphabet) for _ in range(r.randint(0, 8))) for _ in range(10)]
        for s in strings:
            lines.append(case("rematch:search", p, s))
            lines.append(case("rematch:fullmatch", p, s))
            lines.append(case("mod:re.findall", p, s))
        lines.append(case("mod:re.sub", p, "[\\g<0>]", "abc aab <w> xyy ABC"))
        lines.append(case("mod:re.split", p, "abc aab xyy"))
    for p in BAD:
        lines.append(case("mod:re.compile", p))
    bytes_alpha = [ord(c) for c in "ab x\n1_é"] + [0, 0xc9, 0xe9, 0xff, 0x80]
    for p in BYTES_PATTERNS:
        subjects = [b"", b"abc", b"a b\tc", b"\xe9\xc9", b"x1 x_", bytes(range(0, 256, 17))]
        subjects += [bytes(r.choice(bytes_alpha) for _ in range(r.randint(0, 8))) for _ in range(8)]
        for b in subjects:
            lines.append(case("rematch:search", p, b))
            lines.append(case("mod:re.findall", p, b))
        lines.append(case("mod:re.sub", p, b"<\\g<0>>", b"abc x1 \xe9"))
        lines.append(case("mod:re.subn", p, b"-", b"abc x1 \xe9"))
        lines.append(case("mod:re.split", p, b"abc x1 \xe9"))
        lines.append(case("mod:re.compile", p))
        lines.append(case("repr", re.compile(p)) if False else case("mod:re.compile", p, re.I))
    for a in [(r"a", b"a"), (rb"a", "a"), (rb"a", "-", b"a") if False else (rb"a", b"abc"), (r"x", bytearray(b"x"))]:
        lines.append(case("rematch:search", *a))
    lines.append(case("mod:re.sub", rb"a", "-", b"abc"))
    lines.append(case("mod:re.sub", r"a", b"-", "abc"))
    lines.append(case("mod:re.escape", b"a.b*c\xff"))
    lines.append(case("mod:re.escape", "a.b*c"))
    # Case-insensitive equivalences sre knows (simple case mappings plus its
    # table of lowercase letters sharing an uppercase).
    tricky = "sſkKßẞiİıIσςΣµμθϑΩωǅǆǄͅιΙιβϐεϵκϰπϖρϱφϕвᲀﬅﬆ"
    for a in tricky:
        for b in tricky:
            lines.append(case("rematch:fullmatch", "(?i)" + re.escape(a), b))
            lines.append(case("rematch:fullmatch", "(?i)[" + a + "]", b))
    rc = random.Random(52)
    cased = [chr(cp) for cp in range(0x20, 0x20000) if not 0xD800 <= cp <= 0xDFFF and (chr(cp).lower() != chr(cp) or chr(cp).upper() != chr(cp))]
    for _ in range(400):
        p = rc.choice(cased)
        cands = {p.lower()[:1], p.upper()[:1], p.title()[:1], p.casefold()[:1], rc.choice(cased), chr(ord(p) + 1), chr(ord(p) - 1)}
        lo, hi = sorted([p, rc.choice(cased)])
        for c in sorted(cands):
            lines.append(case("rematch:fullmatch", "(?i)" + re.escape(p), c))
            lines.append(case("rematch:fullmatch", "(?i)[" + re.escape(lo) + "-" + re.escape(hi) + "]", c))
            lines.append(case("rematch:fullmatch", "(?i)[^" + re.escape(p) + "\\d]", c))
    write("re_features.jsonl", lines)


if __name__ == "__main__":
    gen()

#!/usr/bin/env python3
"""Generate the expected-value data files for the Py2Wasm.Syntax.Literals tests from CPython.

Run with CPython 3.11 (the oracle):  python3 tests/oracles/literals/gen_cases.py [--emit DIR]
Writes tests/oracles/literals/data/*.txt (or into DIR). Every expected value is computed by CPython here
(eval/compile/repr/unicodedata), never typed by hand. Inputs come from a fixed-seed generator.

Encodings used in the files (one case per line, fields separated by a tab):
  cps   code points as space-separated upper-case hex ("" for the empty string)
  bits  IEEE-754 binary64 bit pattern as 16 hex digits
"""
import ast
import os
import random
import struct
import sys
import unicodedata
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")  # --emit DIR writes there instead (used by the freshness test)


def cps(s):
    return " ".join("%X" % ord(c) for c in s)


def field(msg):
    """Escape a message for a tab-separated field: backslash, tab, CR and LF."""
    return msg.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def bits(x):
    return struct.pack(">d", x).hex().upper()


def from_bits(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]


def write(name, lines):
    os.makedirs(DATA, exist_ok=True)
    with open(os.path.join(DATA, name), "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            assert "\n" not in line
            f.write(line + "\n")


def compile_eval(src):
    """Return (kind, payload, warnings) for src compiled as an expression."""
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            code = compile(src, "<case>", "eval")
        except SyntaxError as e:
            return "error", e, [str(x.message) for x in w]
        tree = ast.parse(src, "<case>", "eval") if not w else None
        return "ok", (code, tree), [str(x.message) for x in w]


# ---------------------------------------------------------------- floats

def float_cases(rng):
    vals = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 5e-324, -5e-324,
            1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308,
            0.1, 0.2, 0.3, 1.0, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 0.00001,
            123456789012345678.0, 1e22, 1e23, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64,
            1 / 3, 2 / 3, 100.0, 1e100, 1.5, -1.5, 1e-7, 1.0000000000000002, 0.9999999999999999]
    for e in range(-325, 310):
        for m in (1.0, 1.5, 9.999, 5.0, 2.5):
            try:
                vals.append(float("%re%d" % (m, e)))
            except OverflowError:
                pass
    for e in range(-1075, 1024):
        vals.append(2.0 ** e if e > -1075 else 0.0)
    for _ in range(30000):
        vals.append(from_bits("%016X" % rng.getrandbits(64)))
    for _ in range(5000):
        digits = rng.randint(1, 17)
        vals.append(float("%d.%de%d" % (rng.randrange(10), rng.randrange(10 ** digits), rng.randint(-30, 30))))
    seen = set()
    lines = []
    for v in vals:
        b = bits(v)
        if b in seen:
            continue
        seen.add(b)
        lines.append("%s\t%s" % (b, repr(v)))
    return lines


def complex_cases(rng):
    specials = [0.0, -0.0, 1.0, -1.0, 2.5, float("inf"), float("-inf"), float("nan"), -float("nan"),
                1e16, 1e-5, 5e-324, 1.7976931348623157e308, 0.1]
    lines = []
    for re in specials:
        for im in specials:
            lines.append("%s %s\t%s" % (bits(re), bits(im), repr(complex(re, im))))
    for _ in range(3000):
        re = from_bits("%016X" % rng.getrandbits(64))
        im = from_bits("%016X" % rng.getrandbits(64))
        lines.append("%s %s\t%s" % (bits(re), bits(im), repr(complex(re, im))))
    return lines


# ---------------------------------------------------------------- number literals

NUMBER_MESSAGES = ("invalid decimal", "invalid hexadecimal", "invalid octal", "invalid binary", "invalid imaginary",
                   "invalid digit", "leading zeros", "Exceeds the limit")


def number_cases(rng):
    texts = ["0", "00", "0_0", "1", "1_000", "0x_1f", "0XfF", "0o17", "0O7_7", "0b1_0", "0B11",
             "1.", ".5", "1.5", "1e5", "1E+5", "1e-5", "1.e5", ".5e-3", "1_0.0_1e1_0", "1j", "1J", "1.5e3J",
             "09.5", "09j", "012e1", "0e0", "00.0", "1e400", "1e-400", "2e308", "4.9e-324", "2.4703282292062327e-324",
             "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308",
             "0x", "0xg", "0b", "0o", "0b2", "0b12", "0o8", "0o18", "0x_", "0b_", "0o_", "0b1_", "0o1_", "0x1_",
             "1_", "1__0", "1e", "1e+", "1e-", "1_.5", "1._5", "1.5_", "1e_5", "1e5_", "0012", "09", "0_9", "01_0",
             "1jj", "1a", "0b1a", "0o7a", "0xfg", "1.5.3", "0x1.5", "1e1.5", "1ee5", "1.e", "0_e1", "0_", "0__0",
             "9" * 30, "0x" + "f" * 40, "0o" + "7" * 50, "0b" + "1" * 100, "1" * 4300, "1" * 4301,
             "1_" * 2200 + "1", "0x" + "f" * 5000, "1" * 4300 + ".0", "1" * 5000 + "j", "0" * 4301, "0_" * 4300 + "0",
             "9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
             "0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffff", "0x10000000000000000"]
    alphabet = "0123456789_.eEjJxXoObBaf+-"
    weights = [6] * 10 + [3, 3, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    for _ in range(6000):
        n = rng.randint(1, 10)
        texts.append("".join(rng.choices(alphabet, weights, k=n)))
    # Valid-looking generated literals of every kind.
    def digits(ds, lo=1, hi=12):
        out = rng.choice(ds)
        for _ in range(rng.randint(lo - 1, hi - 1)):
            if rng.random() < 0.15:
                out += "_"
            out += rng.choice(ds)
        return out
    for _ in range(4000):
        k = rng.randrange(8)
        if k == 0:
            t = rng.choice("123456789") + (digits("0123456789", 1, 25) if rng.random() < 0.8 else "")
        elif k == 1:
            t = "0" + rng.choice("xX") + ("_" if rng.random() < 0.2 else "") + digits("0123456789abcdefABCDEF", 1, 20)
        elif k == 2:
            t = "0" + rng.choice("oO") + ("_" if rng.random() < 0.2 else "") + digits("01234567", 1, 25)
        elif k == 3:
            t = "0" + rng.choice("bB") + ("_" if rng.random() < 0.2 else "") + digits("01", 1, 70)
        elif k in (4, 5):
            ip = digits("0123456789", 1, 20) if rng.random() < 0.8 else ""
            fp = digits("0123456789", 1, 20) if (rng.random() < 0.8 or not ip) else ""
            t = ip + "." + fp
            if rng.random() < 0.5:
                t += rng.choice("eE") + rng.choice(["", "+", "-"]) + digits("0123456789", 1, 3)
        elif k == 6:
            t = digits("0123456789", 1, 20) + rng.choice("eE") + rng.choice(["", "+", "-"]) + digits("0123456789", 1, 3)
        else:
            t = digits("0123456789", 1, 15) + rng.choice(["", ".", "." + digits("0123456789", 1, 10)]) + rng.choice("jJ")
        texts.append(t)
    lines = []
    seen = set()
    for t in texts:
        if t in seen:
            continue
        seen.add(t)
        if not (t[0].isdigit() or (t[0] == "." and t[1:2].isdigit())):
            continue  # the lexer only asks about text that starts a number
        kind, payload, warns = compile_eval(t)
        assert not warns, (t, warns)
        if kind == "error":
            e = payload
            if e.msg.startswith(NUMBER_MESSAGES):
                lines.append("%s\terror\t%d\t%d\t%s" % (t, e.offset - 1, (e.end_offset or e.offset) - 1, e.msg))
            else:
                lines.append("%s\tnotsingle" % t)
            continue
        code, tree = payload
        node = tree.body
        if not isinstance(node, ast.Constant) or t.startswith(("+", "-")):
            lines.append("%s\tnotsingle" % t)
            continue
        v = node.value
        if isinstance(v, bool) or v is None or v is Ellipsis:
            raise AssertionError(t)
        if isinstance(v, int):
            lines.append("%s\tint\t%s" % (t, "%x" % v))
        elif isinstance(v, float):
            lines.append("%s\tfloat\t%s" % (t, bits(v)))
        elif isinstance(v, complex):
            assert v.real == 0
            lines.append("%s\timag\t%s" % (t, bits(v.imag)))
        else:
            raise AssertionError(t)
    return lines


def number_follow_cases(rng):
    """A number followed by a keyword (a warning, the token ends before it) or by non-ASCII text."""
    import io
    import tokenize
    numbers = ["1", "0", "1.5", "1.", ".5", "1e5", "1j", "0x1f", "0o7", "0b1", "1_0", "00"]
    tails = ["and x", "else y", "for x in y", "if x else y", "in x", "is x", "or x", "not in x", "é", "éa", "\u00b2",
             "\u2160", "_é", "\U0001d7d9", "andy", "and", "andé", "ifx", "elsex", "or_", "notx", "fory",
             "in9", "isé", "or", "ore", "nota", "i", "a", "an", "el"]
    lines = []
    for n in numbers:
        for tail in tails:
            t = n + tail
            if not tail[0].isascii():
                # CPython 3.12 and 3.11.7 end the number before a non-ASCII character (tokenizer check
                # "c < 128"); 3.11.2 reported "invalid decimal literal". Use the tokenize module's
                # token, which both agree on, so the data does not depend on the 3.11 patch level.
                first = next(tokenize.generate_tokens(io.StringIO(t).readline))
                lines.append("%s\tfollow\t%d\t-" % (cps(t), len(first.string)))
                continue
            kind, payload, warns = compile_eval(t)
            if kind == "error" and payload.msg.startswith(NUMBER_MESSAGES):
                e = payload
                lines.append("%s\terror\t%d\t%d\t%s" % (cps(t), e.offset - 1, (e.end_offset or e.offset) - 1, e.msg))
                continue
            first = next(tokenize.generate_tokens(io.StringIO(t).readline))
            assert first.type == tokenize.NUMBER, t
            literal = [m for m in warns if m.startswith("invalid")]
            lines.append("%s\tfollow\t%d\t%s" % (cps(t), len(first.string), literal[0] if literal else "-"))
    return lines


def int_repr_cases(rng):
    lines = []
    vals = [0, 1, -1, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 2 ** 64, -2 ** 64, 10 ** 4299, 10 ** 4300 - 1, 10 ** 4300,
            -10 ** 4300, 2 ** 14340, 2 ** 14341]
    for _ in range(500):
        vals.append(rng.getrandbits(rng.randint(1, 3000)) * rng.choice((1, -1)))
    for v in vals:
        try:
            s = str(v)
            over = "ok"
        except ValueError:
            s = ""
            over = "limit"
        lines.append("%x\t%s\t%s" % (v, over, s))
    return lines


# ---------------------------------------------------------------- string literals

ESCAPES = ["\\n", "\\t", "\\\\", "\\'", '\\"', "\\a", "\\b", "\\f", "\\v", "\\r", "\\0", "\\7", "\\77", "\\177",
           "\\377", "\\400", "\\777", "\\1234", "\\8", "\\9", "\\x41", "\\xff", "\\xFf", "\\x4", "\\x", "\\xg1",
           "\\u00e9", "\\u20AC", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u12", "\\u", "\\U0001F600",
           "\\U00110000", "\\UFFFFFFFF", "\\U0010FFFF", "\\U1234", "\\N{LATIN SMALL LETTER A}",
           "\\N{latin small letter e with acute}", "\\N{LF}", "\\N{BOM}", "\\N{EM DASH}", "\\N{NO SUCH NAME}",
           "\\N{CJK UNIFIED IDEOGRAPH-4E00}", "\\N{HANGUL SYLLABLE GAG}", "\\N{}", "\\N", "\\N{",
           "\\N{KEYCAP NUMBER SIGN}", "\\d", "\\q", "\\w", "\\ ", "\\{", "\\é", "\\€", "\\\n", "\\\r\n",
           "\\z\\y", "\\\\d", "\\u005c", "\\x5c"]
PLAIN = ["a", "b", "Z", " ", "0", "é", "€", "😀", "\u0300", "{", "}", "'", '"', "\n", "\r\n", "\r", "\t", "\x7f",
         "\u00a0", "\u200b", "\U000e0001", "abc", "x y"]


def gen_body(rng, n, allow_nl):
    parts = []
    for _ in range(n):
        if rng.random() < 0.45:
            parts.append(rng.choice(ESCAPES))
        else:
            parts.append(rng.choice(PLAIN))
    body = "".join(parts)
    if not allow_nl:
        body = body.replace("\r\n", "").replace("\r", "").replace("\n", "")
    return body


def is_single_token(quote, body):
    """True when quote + body + quote is one complete string token (tokenizer rules, newlines normalized)."""
    b = body.replace("\r\n", "\n").replace("\r", "\n") + quote
    i = 0
    while i < len(b):
        if b[i] == "\\":
            i += 2
            continue
        if b[i] == "\n" and len(quote) == 1:
            return False
        if b.startswith(quote, i):
            return i == len(b) - len(quote)
        i += 1
    return False


def fstring_text_only(body, raw, allow_single_close=False):
    """True when an f-string body has no replacement field (only text, doubled braces, \\N{...})."""
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            if not raw and body.startswith("N{", i + 1):
                j = body.find("}", i + 3)
                if j < 0:
                    return False
                i = j + 1
                continue
            if i + 1 < len(body) and body[i + 1] in "{}":
                return False
            i += 2
            continue
        if c in "{}":
            if body.startswith(c * 2, i):
                i += 2
                continue
            if c == "}" and allow_single_close:
                i += 1
                continue
            return False
        i += 1
    return True


def q_of(t):
    i = 0
    while t[i] not in "'\"":
        i += 1
    return t[i] * 3 if t[i:i + 3] == t[i] * 3 and len(t) - i >= 6 else t[i]


def body_of(t):
    q = q_of(t)
    i = t.index(q)
    return t[i + len(q):len(t) - len(q)]


def string_cases(rng):
    prefixes = ["", "r", "R", "u", "U", "b", "B", "br", "Br", "bR", "BR", "rb", "rB", "Rb", "RB"]
    quotes = ["'", '"', "'''", '"""']
    texts = []
    for p in prefixes:
        for q in quotes:
            for esc in ESCAPES + PLAIN:
                texts.append(p + q + esc + q)
    for _ in range(6000):
        p = rng.choice(prefixes)
        q = rng.choice(quotes)
        texts.append(p + q + gen_body(rng, rng.randint(0, 8), len(q) == 3) + q)
    lines = []
    seen = set()
    for t in texts:
        if t in seen:
            continue
        seen.add(t)
        # Keep only complete single tokens: the literal alone must tokenize as one STRING.
        if not is_single_token(q_of(t), body_of(t)):
            continue
        kind, payload, warns = compile_eval(t)
        if kind == "error":
            e = payload
            msg = e.msg
            if not (msg.startswith("(unicode error)") or msg.startswith("(value error)") or
                    msg.startswith("bytes can only contain")):
                continue  # not a single complete token (quote inside, unterminated, ...)
            lines.append("%s\terror\t%s" % (cps(t), field(msg)))
            continue
        code, tree = payload
        if tree is None:
            tree = ast.parse(t, "<case>", "eval")
        node = tree.body
        if not isinstance(node, ast.Constant):
            continue
        v = node.value
        w = "\t".join("warn\t" + field(m) for m in warns)
        if isinstance(v, str):
            line = "%s\tstr\t%s" % (cps(t), cps(v))
        else:
            line = "%s\tbytes\t%s" % (cps(t), v.hex().upper())
        lines.append(line + ("\t" + w if w else ""))
    return lines


def fstring_cases(rng):
    prefixes = ["f", "F", "rf", "fr", "Rf", "fR", "RF", "FR"]
    quotes = ["'", '"', "'''", '"""']
    extra = ["{{", "}}", "{{}}", "a{{b}}c", "\\N{EM DASH}{{", "\\N{LATIN SMALL LETTER A}", "}", "a}b", "}}}", "\\x41}"]
    texts = []
    for p in prefixes:
        for q in quotes:
            for esc in ESCAPES + PLAIN + extra:
                texts.append((p, q, esc))
    for _ in range(3000):
        p = rng.choice(prefixes)
        q = rng.choice(quotes)
        body = gen_body(rng, rng.randint(0, 6), len(q) == 3)
        if rng.random() < 0.5:
            body += rng.choice(["{{", "}}", "}"]) + gen_body(rng, 2, len(q) == 3)
        texts.append((p, q, body))
    lines = []
    seen = set()
    for p, q, body in texts:
        t = p + q + body + q
        if t in seen:
            continue
        seen.add(t)
        raw = "r" in p.lower()
        if not is_single_token(q, body) or not fstring_text_only(body, raw, allow_single_close=True):
            continue
        if not fstring_text_only(body, raw):
            # A lone '}': CPython 3.12 rejects it before decoding anything, 3.11 only when it reaches it;
            # keep the case only when the rest of the text decodes without error (both agree then).
            fixed = body.replace("}}", "\0").replace("}", "}}").replace("\0", "}}")
            if compile_eval(p + q + fixed + q)[0] == "error":
                continue
        kind, payload, warns = compile_eval(t)
        if kind == "error":
            e = payload
            if not e.msg.startswith(("(unicode error)", "f-string: single '}'")):
                continue
            lines.append("%s\t%s\t%s\terror\t%s" % (p, cps(q), cps(body), field(e.msg)))
            continue
        code, tree = payload
        if tree is None:
            tree = ast.parse(t, "<case>", "eval")
        node = tree.body
        if not isinstance(node, ast.JoinedStr):
            continue
        if not all(isinstance(x, ast.Constant) for x in node.values):
            continue
        v = "".join(x.value for x in node.values)
        w = "\t".join("warn\t" + field(m) for m in warns)
        lines.append("%s\t%s\t%s\tstr\t%s" % (p, cps(q), cps(body), cps(v)) + ("\t" + w if w else ""))
    return lines


def name_cases(rng):
    names = []
    allnames = []
    for c in range(0x110000):
        n = unicodedata.name(chr(c), None)
        if n:
            allnames.append(n)
    names += rng.sample(allnames, 4000)
    for n in rng.sample(allnames, 1500):
        names.append(n.lower())
        names.append(n.title())
        names.append(n + "X")
        names.append(n[:-1])
    with open(os.path.join(HERE, "name_alias_candidates.txt"), encoding="ascii") as f:
        for line in f:
            alias = line.strip().split(";")[1]
            names.append(alias)
            names.append(alias.lower())
    for c in rng.sample(range(0xAC00, 0xD7A4), 800):
        n = unicodedata.name(chr(c))
        names.append(n)
        names.append(n.lower())
        names.append("HANGUL SYLLABLE " + n[16:].lower())
    names += ["HANGUL SYLLABLE ", "HANGUL SYLLABLE A", "HANGUL SYLLABLE GGG", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE X"]
    for c in [0x3400, 0x4DBF, 0x4DC0, 0x4E00, 0x9FFF, 0xA000, 0x20000, 0x2A6DF, 0x2A6E0, 0x2A700, 0x2B739, 0x30000,
              0x3134A, 0x3134B, 0x41, 0xFFFF, 0x110000]:
        names.append("CJK UNIFIED IDEOGRAPH-%X" % c)
        names.append("CJK UNIFIED IDEOGRAPH-%x" % c)
        names.append("CJK UNIFIED IDEOGRAPH-%05X" % c)
        names.append("CJK UNIFIED IDEOGRAPH-%06X" % c)
        names.append("cjk unified ideograph-%X" % c)
    for c in rng.sample(range(0x4E00, 0xA000), 300):
        names.append("CJK UNIFIED IDEOGRAPH-%X" % c)
    names += ["TANGUT IDEOGRAPH-17000", "KEYCAP NUMBER SIGN", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
              "latın small letter a", "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A", "LATIN  SMALL LETTER A",
              "SPACE", "space", "NULL", "null", "nul", "ZWSP", "NBSP", "VS1", "VS256", "VS257", "BYTE ORDER MARK"]
    lines = []
    seen = set()
    for n in names:
        if n in seen or "}" in n:
            continue
        seen.add(n)
        src = '"\\N{' + n + '}"'
        kind, payload, warns = compile_eval(src)
        if kind == "error":
            lines.append("%s\terror\t%s" % (n, field(payload.msg)))
        else:
            lines.append("%s\tok\t%s" % (n, cps(eval(payload[0]))))
    return lines


# ---------------------------------------------------------------- repr of str and bytes

def str_repr_classes():
    """Ranges of code points c whose repr(chr(c)) is either the character itself or a hex escape."""
    out = []
    start = 0
    prev = None
    for c in range(0x110001):
        if c < 0x110000:
            r = repr(chr(c))
            if r == "'" + chr(c) + "'":
                k = "P"
            elif r in ("'\\x%02x'" % c, "'\\u%04x'" % c, "'\\U%08x'" % c):
                k = "E"
            else:
                k = "S:" + cps(r)
        else:
            k = None
        if k != prev or (k is not None and k.startswith("S")):
            if prev is not None:
                out.append("%X\t%X\t%s" % (start, c - 1, prev))
            start = c
            prev = k
    return out


def str_repr_cases(rng):
    pool = ["a", "'", '"', "\\", "\n", "\t", "\r", "\x00", "\x7f", "\x80", "\xa0", "\xad", "é", "€", "\u2028",
            "\ud800", "\udfff", "😀", "\U000e0001", "\U0010ffff", "\u0378", " ", "\ufeff", "\U0001F1E6"]
    lines = []
    for _ in range(4000):
        n = rng.randint(0, 8)
        s = "".join(rng.choice(pool) if rng.random() < 0.7 else chr(rng.randrange(0x110000)) for _ in range(n))
        lines.append("%s\t%s" % (cps(s), cps(repr(s))))
    return lines


def bytes_repr_cases(rng):
    lines = ["%02X\t%s" % (b, repr(bytes([b]))) for b in range(256)]
    for _ in range(2000):
        n = rng.randint(0, 10)
        b = bytes(rng.choice([0x27, 0x22, 0x5C, rng.randrange(256)]) for _ in range(n))
        lines.append("%s\t%s" % (b.hex().upper(), repr(b)))
    return lines


# ---------------------------------------------------------------- identifiers and NFKC

def identifier_ranges():
    out = []
    for label, pred in (("start", lambda c: chr(c).isidentifier()), ("part", lambda c: ("a" + chr(c)).isidentifier())):
        start = None
        for c in range(0x110001):
            ok = c < 0x110000 and pred(c)
            if ok and start is None:
                start = c
            elif not ok and start is not None:
                out.append("%s\t%X\t%X" % (label, start, c - 1))
                start = None
    return out


def nfkc_cases(rng):
    lines = []
    changed = []
    for c in range(0x110000):
        ch = chr(c)
        if 0xD800 <= c <= 0xDFFF:
            continue
        n = unicodedata.normalize("NFKC", ch)
        if n != ch:
            changed.append(c)
            lines.append("%s\t%s" % (cps(ch), cps(n)))
    marks = [c for c in range(0x300, 0x370)] + [0x0323, 0x0345, 0x05B0, 0x0F71, 0x0F72, 0x0F80, 0x1DCE, 0x302A,
                                                 0x3099, 0x309A, 0x0B3E, 0x0CD5, 0x0DCF, 0x0DDF, 0x1161, 0x11A8, 0x11C2]
    bases = [0x41, 0x61, 0x45, 0x6F, 0x55, 0x3B1, 0x3C9, 0x1100, 0x1112, 0xAC00, 0xAC01, 0x304B, 0x30CF, 0x0B47,
             0x0CC6, 0x0DD9, 0x1E9B, 0xFB01, 0x212B, 0x2126, 0x0F40, 0x05D0] + changed[:50]
    for _ in range(4000):
        s = "".join(chr(rng.choice(bases) if rng.random() < 0.4 else rng.choice(marks))
                    for _ in range(rng.randint(1, 6)))
        if rng.random() < 0.2:
            s += chr(rng.choice(changed))
        lines.append("%s\t%s" % (cps(s), cps(unicodedata.normalize("NFKC", s))))
    return lines


def main():
    global DATA
    if len(sys.argv) == 3 and sys.argv[1] == "--emit":
        DATA = sys.argv[2]
    elif len(sys.argv) != 1:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    if sys.version_info[:2] != (3, 11):
        print("warning: the checked-in data comes from CPython 3.11; this is %s" % sys.version, file=sys.stderr)
    write("float_repr.txt", float_cases(random.Random(20240601)))
    write("complex_repr.txt", complex_cases(random.Random(20240602)))
    write("number_literals.txt", number_cases(random.Random(20240603)))
    write("int_repr.txt", int_repr_cases(random.Random(20240604)))
    write("number_follow.txt", number_follow_cases(random.Random(20240611)))
    write("string_literals.txt", string_cases(random.Random(20240605)))
    write("fstring_middles.txt", fstring_cases(random.Random(20240606)))
    write("unicode_names.txt", name_cases(random.Random(20240607)))
    write("str_repr_ranges.txt", str_repr_classes())
    write("str_repr.txt", str_repr_cases(random.Random(20240608)))
    write("bytes_repr.txt", bytes_repr_cases(random.Random(20240609)))
    write("identifier_ranges.txt", identifier_ranges())
    write("nfkc.txt", nfkc_cases(random.Random(20240610)))


if __name__ == "__main__":
    main()

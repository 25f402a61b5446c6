"""Regenerates runtime/tests/data/bytes.jsonl: bytes and bytearray from CPython.

Usage: python3.11 runtime/tools/gen_bytes.py (deterministic, seeded).
Covers construction, repr, indexing/slicing, operators, every method of both
types, the mutations of bytearray, fromhex/hex, maketrans/translate and
encode/decode round trips.
"""
import random
import sys

from casegen import Kw, case, write

assert sys.version_info[:2] == (3, 11), "expected values are defined by CPython 3.11"

ALPHABET = b"abcXYZ019 \t\n\r\x0b\x0c\x1c\x85\xa0\xff\x00'\"\\-_.,"


def rand_bytes(r, n=None):
    n = r.randint(0, 12) if n is None else n
    mode = r.random()
    if mode < 0.5:
        return bytes(r.choice(ALPHABET) for _ in range(n))
    if mode < 0.8:
        return bytes(r.choice(b"ab AB\t\nxyz") for _ in range(n))
    return bytes(r.randrange(256) for _ in range(n))


def gen():
    r = random.Random(21)
    lines = []
    both = lambda b: [b, bytearray(b)]
    # repr / str / len / hash-free truthiness of every byte value and quoting mix.
    for i in range(0, 256, 8):
        b = bytes(range(i, i + 8))
        for x in both(b):
            lines.append(case("repr", x))
    for b in [b"", b"'", b'"', b"'\"", b"a'b", b'a"b', b"\\", b"\x7f\x80"]:
        for x in both(b):
            lines.append(case("repr", x))
            lines.append(case("str", x))
            lines.append(case("truthy", x))
    # construction
    for a in [(), (3,), (0,), (-1,), ([1, 2, 255],), ([256],), ([-1],), ("abc", "ascii"), ("é", "utf-8"), ("é", "latin-1"), ("é", "ascii"),
              ("é", "ascii", "ignore"), ("é", "ascii", "replace"), ("x",), (b"ab",), (bytearray(b"cd"),), (1.5,), (None,),
              (range(3),), ((1, 2),), (["a"],), (3, "utf-8"), ("abc", "nope"), (True,), (2 ** 70,)]:
        lines.append(case("b:bytes", *a))
        lines.append(case("b:bytearray", *a))
    # indexing and slicing
    for _ in range(150):
        b = rand_bytes(r)
        for x in both(b):
            i = r.randint(-len(b) - 2, len(b) + 1)
            lines.append(case("m:__getitem__", x, i))
            lines.append(case("slice", x, r.choice([None, r.randint(-8, 8)]), r.choice([None, r.randint(-8, 8)]), r.choice([None, 1, 2, -1, -2, 3])))
    lines.append(case("m:__getitem__", b"abc", "x"))
    lines.append(case("m:__getitem__", bytearray(b"abc"), 1.5))
    # operators
    for _ in range(150):
        a, b = rand_bytes(r, r.randint(0, 4)), rand_bytes(r, r.randint(0, 4))
        x = r.choice(both(a))
        y = r.choice(both(b) + [a])
        for op in ["+", "==", "!=", "<", "<=", ">", ">="]:
            lines.append(case(op, x, y))
        lines.append(case("in", y, x))
        lines.append(case("in", r.randrange(256), x))
        lines.append(case("*", x, r.randint(-1, 3)))
    for a, b in [(b"a", "a"), (bytearray(b"a"), "a"), (b"a", 1), (b"a", [1]), (bytearray(b"a"), 1)]:
        lines.append(case("+", a, b))
        lines.append(case("==", a, b))
        lines.append(case("<", a, b))
    lines.append(case("in", 256, b"abc"))
    lines.append(case("in", "a", b"abc"))
    lines.append(case("in", -1, bytearray(b"abc")))
    # methods
    for _ in range(120):
        b = rand_bytes(r)
        sub = r.choice([rand_bytes(r, r.randint(0, 2)), b[1:3], b[:1]])
        for x in both(b):
            for m in ["lower", "upper", "swapcase", "capitalize", "title", "istitle", "isalnum", "isalpha", "isdigit", "isspace", "isascii",
                      "islower", "isupper", "split", "rsplit", "strip", "lstrip", "rstrip", "splitlines", "hex", "expandtabs"]:
                lines.append(case("m:" + m, x))
            for m in ["count", "find", "rfind", "index", "rindex", "startswith", "endswith", "partition", "rpartition", "split", "rsplit",
                      "strip", "lstrip", "rstrip", "removeprefix", "removesuffix"]:
                lines.append(case("m:" + m, x, sub))
            s, e = r.randint(-6, 6), r.choice([None, r.randint(-6, 8)])
            for m in ["count", "find", "rfind", "index", "rindex", "startswith", "endswith"]:
                lines.append(case("m:" + m, x, sub, s, e))
            lines.append(case("m:find", x, r.choice(b or b"a")))
            lines.append(case("m:count", x, r.randrange(256)))
            lines.append(case("m:replace", x, sub, rand_bytes(r, 2)))
            lines.append(case("m:replace", x, sub, b"", r.randint(-1, 2)))
            lines.append(case("m:split", x, Kw(maxsplit=r.randint(0, 2))))
            lines.append(case("m:rsplit", None if False else x, None, r.randint(0, 2)))
            lines.append(case("m:split", x, sub or b"a", r.randint(-1, 2)))
            lines.append(case("m:splitlines", x, True))
            lines.append(case("m:center", x, r.randint(0, 16)))
            lines.append(case("m:center", x, r.randint(0, 16), b"*"))
            lines.append(case("m:ljust", x, r.randint(0, 16), bytearray(b"-")))
            lines.append(case("m:rjust", x, r.randint(0, 16)))
            lines.append(case("m:zfill", x, r.randint(0, 16)))
            lines.append(case("m:expandtabs", x, r.randint(0, 5)))
            lines.append(case("m:startswith", x, (sub, b"a")))
            lines.append(case("m:hex", x, r.choice([":", b"-", " "]), r.choice([1, 2, 3, -2, -3])))
            lines.append(case("m:decode", x, r.choice(["utf-8", "latin-1", "ascii"]), r.choice(["strict", "ignore", "replace"])))
            lines.append(case("m:translate", x, bytes.maketrans(b"abc", b"xyz"), r.choice([b"", b" \t"])))
            lines.append(case("m:translate", x, None, b"aeiou"))
            lines.append(case("m:join", x, [rand_bytes(r, 2), bytearray(b"q"), b""]))
    for m, a in [("find", ["a"]), ("count", [1.5]), ("index", [b"zz"]), ("rindex", [b"zz"]), ("find", [300]), ("startswith", ["a"]),
                 ("startswith", [("a",)]), ("split", [b""]), ("partition", [b""]), ("partition", ["a"]), ("center", [5, "*"]), ("center", [5, b"**"]),
                 ("join", [["a"]]), ("join", [[b"a", 1]]), ("replace", ["a", "b"]), ("strip", ["a"]), ("decode", ["nope"]), ("hex", ["::"]),
                 ("translate", [b"short"]), ("upper", [1]), ("removeprefix", ["a"]), ("fromhex", ["zz"]), ("decode", [])]:
        for x in both(b"banana"):
            lines.append(case("m:" + m, x, *a))
    lines.append(case("m:decode", b"\xff\xfe", "utf-8"))
    lines.append(case("m:decode", b"ab\xc3", "utf-8"))
    lines.append(case("m:decode", b"ab\xc3(", "utf-8"))
    lines.append(case("m:decode", b"\x80abc", "ascii"))
    # fromhex / maketrans as class functions
    for s in ["", "00ff", "de ad be ef", " 01 02 ", "0", "0g", "abc", "a b", "\t0a\n0B", "é0"]:
        lines.append(case("b:bytes.fromhex", s))
        lines.append(case("b:bytearray.fromhex", s))
    lines.append(case("b:bytes.maketrans", b"ab", b"cd"))
    lines.append(case("b:bytes.maketrans", b"ab", b"c"))
    # encode/decode round trips
    for _ in range(150):
        s = "".join(r.choice("abcé€😀 \n\x00\x7f\xff") for _ in range(r.randint(0, 8)))
        for enc in ["utf-8", "latin-1", "ascii"]:
            try:
                data = s.encode(enc)
            except UnicodeEncodeError:
                lines.append(case("m:encode", s, enc))
                continue
            lines.append(case("m:encode", s, enc))
            lines.append(case("m:decode", data, enc))
            lines.append(case("m:decode", bytearray(data), enc))
    # bytearray mutations
    for _ in range(150):
        b = bytearray(rand_bytes(r, r.randint(0, 6)))
        m = r.choice(["append", "extend", "insert", "pop", "remove", "reverse", "clear", "copy"])
        args = {"append": [r.choice([r.randrange(256), 256, -1])], "extend": [r.choice([b"xy", [1, 2], bytearray(b"z"), (300,)])],
                "insert": [r.randint(-8, 8), r.randrange(256)], "pop": r.choice([[], [r.randint(-8, 8)]]),
                "remove": [r.choice(list(b) + [0x7a] if b else [0x61])], "reverse": [], "clear": [], "copy": []}[m]
        lines.append(case("mm:" + m, b, *args))
        n = len(b)
        lines.append(case("setitem", bytearray(b), r.randint(-n - 1, n), r.choice([r.randrange(256), 256, -3])))
        sl = slice(r.choice([None, r.randint(-4, 4)]), r.choice([None, r.randint(-4, 6)]), r.choice([None, 1, 2, -1]))
        lines.append(case("setitem", bytearray(b), sl, r.choice([b"", b"Q", b"QRS", [65, 66], bytearray(b"zz")])))
        lines.append(case("delitem", bytearray(b), r.choice([r.randint(-n - 1, n), sl])))
        lines.append(case("iadd", bytearray(b), r.choice([b"+", bytearray(b"!!"), "x"])))
        lines.append(case("imul", bytearray(b), r.randint(0, 2)))
        lines.append(case("iadd", bytes(b), b"+"))
    for a in [("x",), (None,), (1.5,)]:
        lines.append(case("mm:extend", bytearray(b"ab"), *a))
    lines.append(case("mm:pop", bytearray()))
    lines.append(case("setitem", bytearray(b"abc"), 0, "x"))
    lines.append(case("setitem", bytearray(b"abc"), slice(0, 2), 5))
    lines.append(case("setitem", bytearray(b"abc"), slice(None, None, 2), b"xyz"))
    lines.append(case("setitem", b"abc", 0, 1))
    lines.append(case("delitem", b"abc", 0))
    # printf-style formatting of bytes
    for t, a in [(b"%s", b"x"), (b"%s", "x"), (b"%r", b"x"), (b"%a", "\xe9"), (b"%c", 65), (b"%c", b"z"), (b"%c", 300), (b"%c", "a"),
                 (b"%(k)s", {b"k": b"v"}), (b"%(k)s", {"k": b"v"}), (b"%d %x", (5, 255)), (b"%s %s", (b"a",)), (b"x", (1,)),
                 (b"%b", bytearray(b"q")), (b"%5s|", b"ab"), (b"%-5b|", b"ab"), (b"%.1s", b"ab"), (b"%s", 5), (b"%05.1f%%", 2.25),
                 (b"%r", [1, "\xe9"]), (b"\xff%s\x00", (b"\x80",)), (bytearray(b"%s!"), b"ba"), (b"%i|%o|%X|%e", (7, 8, 255, 1.5)),
                 (b"%z", 1), (b"%", ())]:
        lines.append(case("%", t, a))
    write("bytes.jsonl", lines)


if __name__ == "__main__":
    gen()

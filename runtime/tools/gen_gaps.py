"""Cases for the gaps closed late in issue 3 (Unicode digits in int()/float()/complex(), ...).

Writes tests/data/gaps.jsonl; run with python3.11. Same encoding as gen_cases.py (casegen.py).
"""
import random

from casegen import case, write, Kw


def number_parsing():
    lines = []
    zeros = [0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xE50, 0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x104A0, 0x1E950, 0x1FBF0]
    spaces = [" ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u2007",
              "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u180e", "\ufeff"]
    r = random.Random(31)

    def digits(n, z=None):
        return "".join(chr((z if z is not None else r.choice(zeros)) + r.randint(0, 9)) for _ in range(n))

    samples = ["\u0663", "\u0663.\u0665", "\uff11\uff12", "\uff11\uff12.\uff15e\uff13", "\u0663_\u0664", "1_\u0663", "\u0663e\u0663",
               "\U0001D7D9", "\u00b2", "\u00bd", "\u2167", "\uff41", "inf\u3000", "\u3000nan", "1\u30002", "\u0661\u0660\u0660",
               "-\u0663", "+\uff15", "\u2212\u0663", "0x\uff11", "\u0e51.\u0e52", "1e\u0665\u0660\u0660", "\u0966\u0966\u0966",
               "\uff10\uff10\uff17", "0\u0660", "\u0663j", "\u0663+\u0664j", "(\u0663-\u0664j)", "\u3000\u0661j\u3000", "\u0663.\u0665\u0665e-\u0662j"]
    for _ in range(150):
        n = digits(r.randint(1, 25), r.choice([None, r.choice(zeros)]))
        pre = "".join(r.choice(spaces) for _ in range(r.randint(0, 2)))
        post = "".join(r.choice(spaces) for _ in range(r.randint(0, 2)))
        samples.append(pre + n + post)
        samples.append(pre + r.choice(["", "-", "+"]) + n + "." + digits(r.randint(0, 6)) + r.choice(["", "e" + digits(1), "E-" + digits(2)]) + post)
    for s in samples:
        lines.append(case("b:int", s))
        lines.append(case("b:float", s))
        lines.append(case("b:complex", s))
    for s in ["\u0663", "\uff11\uff10", "\u0663_\u0663", "\uff46\uff46"]:
        for base in [0, 2, 8, 10, 16, 36]:
            lines.append(case("b:int", s, base))
    for b in [b"x", b" 12 ", b"1_0", "\u0663".encode(), b"1.5", b"0x1f", b"-7\n", b"\xff", b""]:
        for conv in ["b:int", "b:float"]:
            lines.append(case(conv, b))
            lines.append(case(conv, bytearray(b)))
        lines.append(case("b:int", b, 16))
        lines.append(case("b:int", b, 0))
    return lines



def counters():
    lines = []
    r = random.Random(32)
    pool = ["a", "b", "c", "d", "e"]
    def bag():
        if r.random() < 0.5:
            return "".join(r.choice(pool) for _ in range(r.randint(0, 8)))
        return {k: r.randint(-3, 4) for k in r.sample(pool, r.randint(0, 5))}
    for _ in range(60):
        a, b = bag(), bag()
        for sym in ["+", "-", "|", "&", "==", "!=", "<", "<=", ">", ">=", "i+", "i-", "i|", "i&"]:
            lines.append(case("counter:" + sym, a, b))
        lines.append(case("counter:neg", a))
        lines.append(case("counter:pos", a))
    for sym in ["+", "-", "&", "==", "<"]:
        lines.append(case("counter:" + sym, "abc", None))
    return lines


def deques():
    lines = []
    r = random.Random(34)
    for _ in range(120):
        init = [list(range(r.randint(0, 8)))] + ([r.choice([None, 0, 3, 5, 10])] if r.random() < 0.5 else [])
        steps = []
        for _ in range(r.randint(1, 10)):
            k = r.choice(["insert", "index", "rotate", "__delitem__", "append", "appendleft", "remove", "count", "len", "list"])
            if k == "insert":
                steps.append(["insert", [r.randint(-12, 12), r.randint(100, 110)]])
            elif k == "index":
                steps.append(["index", [r.randint(0, 8)] + [r.randint(-10, 10) for _ in range(r.randint(0, 2))]])
            elif k == "rotate":
                steps.append(["rotate", [r.randint(-12, 12)] if r.random() < 0.8 else []])
            elif k == "__delitem__":
                steps.append(["__delitem__", [r.randint(-9, 9)]])
            elif k in ("append", "appendleft"):
                steps.append([k, [r.randint(200, 210)]])
            elif k in ("remove", "count"):
                steps.append([k, [r.randint(0, 8)]])
            else:
                steps.append([k, []])
        steps.append([".maxlen", []])
        lines.append(case("steps:collections.deque", init, steps))
    return lines


def re_lastindex():
    lines = []
    pats = [r"(a)(b)", r"((a)b)", r"((a))", r"(a)(b*)", r"(a)|(b)", r"(?P<x>a)|(?P<y>b)", r"(?P<outer>(?P<inner>a)b)c", r"(a)*", r"(a|b)*c",
            r"(?:(a)|b)*", r"x(?=(y))", r"x(?!(z))y", r"(a)(?:b)", r"a", r"(a)?b", r"(?P<w>\w+)\s(?P<n>\d+)?", r"((a)|(b))+",
            r"(?>(a)b|ab)", r"(a)?(?(1)b|c)", r"(?P<first>a)(?P<second>b)?", r"(x)(y)?(z)?", r"(?:(x)|(y))+", r"(a)(?=(b))"]
    subjects = ["ab", "abc", "a", "b", "aab", "xy", "bab", "abab", "c", "word 42", "word ", "xyz", "xz", "yxyx", "bbc", "aaab"]
    for p in pats:
        for s in subjects:
            for f in ["match", "search", "fullmatch"]:
                lines.append(case("relast:" + f, p, s))
    return lines


def str_extras():
    lines = []
    for tpl in ["{a}-{b!r}", "{a:>5}|{b:^7}", "{0}", "{a.real}", "{b[0]}", "{missing}", "{{a}}", "{a!s:x<4}"]:
        lines.append(case("m:format_map", tpl, {"a": 12, "b": "xyz"}))
    tables = [{ord("a"): "A", ord("b"): None, ord("c"): ord("C")}, {ord("x"): "yz", 32: "_"}, {}, {ord("é"): "e"}]
    for s in ["abcabc", "x marks the spot", "café été", ""]:
        for t in tables:
            lines.append(case("m:translate", s, t))
    return lines


def views():
    lines = []
    r = random.Random(33)
    for _ in range(80):
        d = {r.randint(-5, 40): r.randint(0, 3) for _ in range(r.randint(0, 9))}
        e = {r.randint(-5, 40): r.randint(0, 3) for _ in range(r.randint(0, 9))}
        # (operand as a list, whether it is turned into a set)
        others = [(r.sample(range(-5, 40), r.randint(0, 8)), True), (r.sample(range(-5, 40), r.randint(0, 8)), False),
                  (r.sample(range(-5, 40), r.randint(0, 3)), True), (list(e.items()), True), (list(d), True), (list(d.items()), True)]
        for o, as_set in others:
            suffix = ":set" if as_set else ""
            for kind in ["keys", "items"]:
                for sym in ["&", "|", "-", "^"]:
                    lines.append(case("view:%s:%s%s" % (kind, sym, suffix), d, o))
                    lines.append(case("rview:%s:%s%s" % (kind, sym, suffix), d, o))
                if as_set:
                    for sym in ["==", "!=", "<", "<=", ">", ">="]:
                        lines.append(case("view:%s:%s%s" % (kind, sym, suffix), d, o))
                        lines.append(case("rview:%s:%s%s" % (kind, sym, suffix), d, o))
            lines.append(case("view:keys:==", d, o))
        lines.append(case("view:values:&:set", d, [1]))
        lines.append(case("view:keys:+:set", d, [1]))
        lines.append(case("view:items:-", d, [(1, 2), 3]))
    methods = ["union", "intersection", "difference", "symmetric_difference", "update", "intersection_update",
               "difference_update", "symmetric_difference_update", "issubset", "issuperset", "isdisjoint", "|=", "&=", "-=", "^="]
    for _ in range(150):
        a = r.sample(range(-3, 200), r.randint(0, 40))
        b = r.sample(range(-3, 200), r.choice([0, 1, 3, 8, 30, 60]))
        if r.random() < 0.3:
            b = a[: r.randint(0, len(a))] + b[:5]
        for m in methods:
            lines.append(case("setm:" + m, a, b, True))
            if not m.endswith("="):
                lines.append(case("setm:" + m, a, b, False))
    for _ in range(40):
        a = r.sample(range(-3, 200), r.randint(0, 30))
        d = {k: 0 for k in r.sample(range(-3, 200), r.randint(0, 30))}
        lines.append(case("setm:symmetric_difference_update", a, d, False))
    for _ in range(200):
        s = slice(*[r.choice([None, r.randint(-30, 30), r.randint(-10**20, 10**20)]) for _ in range(3)])
        lines.append(case("m:indices", s, r.choice([0, 1, 5, 17, 10**19, -1])))
    lines.append(case("m:indices", slice(None), 1.5))
    return lines


if __name__ == "__main__":
    write("gaps.jsonl", number_parsing() + counters() + deques() + re_lastindex() + str_extras() + views())

"""Regenerates runtime/tests/data/fractions.jsonl: fractions.Fraction construction, arithmetic with ints, floats and
Fractions, comparisons, hashing, rounding and limit_denominator, evaluated by CPython 3.11 (see exprcase.py).

Usage: python3.11 runtime/tools/gen_fractions.py (deterministic, seeded).
"""
import random
import sys

from exprcase import A, B, C, M, U, write_cases

assert sys.version_info[:2] == (3, 11), "expected values are defined by CPython 3.11"


def F(*a, **k):
    return C("fractions.Fraction", *a, **k)


def cases():
    r = random.Random(7)
    out = []
    texts = ["3/4", "1.25", " -2 ", "+7/21", "1e3", "-47e-2", "1_000", "1_000/3_0", "3.1415", ".5", "5.", "0/5", "1/0", "abc", "",
             "1 / 2", "1/-2", "--1", "1.5e-3", "2E+2", "1__0", "_1", "1.2.3", "nan", "inf", "12345678901234567890/3", " 3/4 \n", "0.0",
             "-0", "1e", "1/2e3", "1.d"]
    for t in texts:
        out.append(F(t))
    ctor = [(0,), (), (3, 4), (10, -8), (-6, -4), (1, 0), (0, 7), (2**70, 6), (True, 2), (1.5,), (0.1,), (-2.75,), (1e300,), (1.0, 2),
            ("1/2", 3), (None,), ([],), (3, 0.5)]
    for a in ctor:
        out.append(F(*a))
    out.append(F(F(1, 7), 5))
    out.append(F(F(1, 7), F(2, 3)))
    out.append(F(F(3, 9)))
    out.append(F(C("builtins.float", "inf")))
    out.append(F(C("builtins.float", "nan")))
    out.append(F(numerator=5, denominator=10))
    out.append(C(A(G_fraction(), "from_float"), 0.75))
    out.append(C(A(G_fraction(), "from_float"), 3))
    out.append(C(A(G_fraction(), "from_float"), "x"))

    def rand_frac():
        return F(r.randint(-50, 50), r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 100, -3]))

    others = [lambda: r.randint(-9, 9), lambda: r.choice([0.5, -1.25, 0.1, 3.0, 2.5e-3, 0.0]), rand_frac, lambda: True]
    ops = ["+", "-", "*", "/", "//", "%", "==", "!=", "<", "<=", ">", ">="]
    for _ in range(260):
        a = rand_frac()
        b = r.choice(others)()
        op = r.choice(ops)
        out.append(B(op, a, b) if r.random() < 0.6 else B(op, b, a))
    for _ in range(30):
        a = rand_frac()
        out.append(C("builtins.divmod", a, r.choice(others)()))
        out.append(B("**", a, r.choice([0, 1, 2, 3, -1, -2, 0.5, F(1, 2), F(4, 2), F(-2, 1)])))
        out.append(B("**", r.choice([2, -3, 0, 2.0, 4]), r.choice([F(1, 2), F(3), F(-2), F(0)])))
    for _ in range(40):
        a = rand_frac()
        for u in ["neg", "pos", "abs", "str", "repr", "hash", "float", "int", "bool", "round", "floor", "ceil", "trunc", "type"]:
            out.append(U(u, a))
        out.append(C("builtins.round", a, r.choice([0, 1, 2, -1])))
        out.append(A(a, "numerator"))
        out.append(A(a, "denominator"))
        out.append(M(a, "as_integer_ratio"))
    for v in [F(1, 2**61 - 1), F(-1, 2**61 - 1), F(2**61 - 1, 3), F(5), F(-1), F(-2), F(1, 3), F(-7, 4)]:
        out.append(U("hash", v))
    for x in [0.5, -0.25, 1.75, 3.0]:
        out.append(B("==", U("hash", F(x)), U("hash", x)))
    for src in ["3.141592653589793", "0.333333333", "1.41421356237", "-2.718281828", "4321/8765", "1/3"]:
        for m in [1, 2, 7, 10, 100, 1000, 10000, 0]:
            out.append(M(F(src), "limit_denominator", m))
        out.append(M(F(src), "limit_denominator"))
    out.append(B("+", F(1, 2), "x"))
    out.append(B("<", F(1, 2), "x"))
    out.append(B("/", F(1, 2), 0))
    out.append(B("/", F(3, 4), F(0)))
    out.append(B("//", F(1, 2), 0))
    out.append(B("%", F(1, 2), 0))
    out.append(B("**", F(0), -1))
    out.append(B("<", F(1, 2), C("builtins.float", "inf")))
    out.append(B("==", F(1, 2), C("builtins.float", "nan")))
    out.append(B("in", F(1, 2), [0.5]))
    out.append(C("builtins.sorted", [F(1, 2), 0.25, 1, F(-1, 3)]))
    out.append(C("builtins.sum", [F(1, n) for n in range(1, 12)]))
    out.append(C("builtins.max", F(1, 3), 0.3))
    return out


def G_fraction():
    from exprcase import G
    return G("fractions.Fraction")


if __name__ == "__main__":
    write_cases("fractions.jsonl", cases())

"""Regenerates runtime/tests/data/statistics.jsonl: every function of the statistics module on random int, float,
bool and Fraction data (and mixes, infinities, NaNs, empty and one-point data, error cases), evaluated by CPython 3.11
(see exprcase.py). Floats are compared by repr, so results must be bit-identical.

Usage: python3.11 runtime/tools/gen_statistics.py (deterministic, seeded).
"""
import random
import sys

from exprcase import A, B, C, G, M, U, write_cases

assert sys.version_info[:2] == (3, 11), "expected values are defined by CPython 3.11"

ONE = ["mean", "fmean", "median", "median_low", "median_high", "median_grouped", "mode", "multimode", "variance", "pvariance", "stdev", "pstdev",
       "geometric_mean", "harmonic_mean", "quantiles"]


def F(strings):
    return C("builtins.list", C("builtins.map", G("fractions.Fraction"), strings))


def datasets(r):
    out = [[], [5], [2.5], [1, 2], [1, 1, 2, 3, 3], [True, False, True], [1e50, 1, -1e50] * 5, [0.1] * 10, [float("inf"), 1.0], [float("nan"), 2.0],
           [float("inf"), float("-inf")], [-1.5, 2, 3], [0, 0, 0], [3, 1, 4, 1, 5, 9, 2, 6], [1e308, 1e308], [5e-324, 1e-320, 2.5e-310]]
    for _ in range(120):
        k = r.randint(2, 25)
        kind = r.choice(["int", "bigint", "float", "floatmag", "mixed", "round", "neg"])
        if kind == "int":
            d = [r.randint(-50, 100) for _ in range(k)]
        elif kind == "bigint":
            d = [r.randint(-10**30, 10**30) for _ in range(k)]
        elif kind == "float":
            d = [r.uniform(-100, 100) for _ in range(k)]
        elif kind == "floatmag":
            d = [r.uniform(0, 1) * 10 ** r.randint(-20, 20) for _ in range(k)]
        elif kind == "round":
            d = [round(r.uniform(0, 1000), r.randint(0, 3)) for _ in range(k)]
        elif kind == "neg":
            d = [-r.random() for _ in range(k)]
        else:
            d = [r.choice([r.randint(-20, 20), r.uniform(-20, 20), r.randint(0, 1) == 1]) for _ in range(k)]
        out.append(d)
    return out


def cases():
    r = random.Random(2024)
    out = []
    for d in datasets(r):
        for f in ONE:
            out.append(C("statistics." + f, d))
        if len(d) >= 2:
            out.append(C("statistics.variance", d, 1))
            out.append(C("statistics.pvariance", d, 0.5))
            out.append(C("statistics.stdev", d, 2))
            out.append(C("statistics.pstdev", d, -1))
            out.append(C("statistics.quantiles", d, n=r.randint(1, 12)))
            out.append(C("statistics.quantiles", d, n=r.randint(2, 10), method="inclusive"))
            out.append(C("statistics.median_grouped", d, r.choice([2, 0.5, 10])))
            w = [r.randint(0, 5) for _ in d]
            out.append(C("statistics.fmean", d, w))
            out.append(C("statistics.harmonic_mean", [abs(x) for x in d], w))
            y = [r.uniform(-10, 10) for _ in d]
            out.append(C("statistics.covariance", d, y))
            out.append(C("statistics.correlation", d, y))
            out.append(C("statistics.linear_regression", d, y))
            out.append(C("statistics.linear_regression", d, y, proportional=True))
    fracs = [["1/3", "2/5", "7/9"], ["1/2"], ["-3/4", "5/6", "1/7", "22/7"], ["1", "2", "3/2"], ["10/3", "10/3", "1/9"]]
    for s in fracs:
        for f in ONE:
            out.append(C("statistics." + f, F(s)))
        out.append(C("statistics.mean", B("+", F(s), [1, 2])))
        out.append(C("statistics.mean", B("+", F(s), [1.5])))
        out.append(C("statistics.variance", B("+", F(s), [0.25, 3])))
        out.append(C("statistics.pvariance", B("+", F(s), [2])))
        out.append(C("statistics.stdev", B("+", F(s), [2, 7])))
        out.append(C("statistics.variance", B("+", F(s), [2, 7]), C("fractions.Fraction", 1, 3)))
    for f in ["mean", "variance", "stdev", "median", "mode"]:
        out.append(C("statistics." + f, ["a", "b"]))
        out.append(C("statistics." + f, [1, "b"]))
    out.append(C("statistics.mode", ["red", "blue", "red", "green", "blue"]))
    out.append(C("statistics.multimode", "aabbbccccddddeeee"))
    out.append(C("statistics.multimode", "abc"))
    out.append(C("statistics.median", ["b", "a", "c"]))
    out.append(C("statistics.median_low", ["b", "a", "c", "d"]))
    out.append(C("statistics.quantiles", [1, 2, 3], n=0))
    out.append(C("statistics.quantiles", [1, 2, 3], method="other"))
    out.append(C("statistics.quantiles", [1], n=4))
    out.append(C("statistics.fmean", [1, 2], [1]))
    out.append(C("statistics.fmean", [1, 2], [0, 0]))
    out.append(C("statistics.fmean", C("builtins.iter", [1.5, 2.5, 4])))
    out.append(C("statistics.mean", C("builtins.iter", [1.5, 2.5, 4])))
    out.append(C("statistics.mean", C("builtins.range", 1, 101)))
    out.append(C("statistics.variance", C("builtins.range", 1, 101)))
    out.append(C("statistics.harmonic_mean", [1, -2]))
    out.append(C("statistics.harmonic_mean", [-2]))
    out.append(C("statistics.harmonic_mean", [0, 2]))
    out.append(C("statistics.harmonic_mean", [1, 2], [1, 2, 3]))
    out.append(C("statistics.geometric_mean", [1, -2]))
    out.append(C("statistics.geometric_mean", [54, 24, 36]))
    out.append(C("statistics.correlation", [1, 1, 1], [1, 2, 3]))
    out.append(C("statistics.linear_regression", [1, 1, 1], [1, 2, 3]))
    out.append(C("statistics.covariance", [1, 2], [1]))
    out.append(C("statistics.covariance", [1], [1]))
    out.append(C("statistics.linear_regression", [1], [1]))
    out.append(A(C("statistics.linear_regression", [1, 2, 3], [2, 4, 7]), "slope"))
    out.append(A(C("statistics.linear_regression", [1, 2, 3], [2, 4, 7]), "intercept"))
    out.append(C("builtins.issubclass", G("statistics.StatisticsError"), G("builtins.ValueError")))
    out.append(C("statistics.StatisticsError", "x"))
    out.append(U("str", C("statistics.StatisticsError", "x")))
    return out


write_cases("statistics.jsonl", cases())

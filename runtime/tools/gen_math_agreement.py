"""CPython's math results on a large random sample, to measure how often this runtime agrees
bit for bit (natively and on wasm32-wasi): `python3.11 runtime/tools/gen_math_agreement.py OUT [N]`
writes OUT (one case a line: name, args and CPython's result as float.hex()); run
`examples/math_agreement.rs OUT` natively and under node to count the agreeing results."""
import math
import random
import sys

FUNCS = {
    "sin": (1, (-1e3, 1e3)), "cos": (1, (-1e3, 1e3)), "tan": (1, (-1e3, 1e3)),
    "asin": (1, (-1, 1)), "acos": (1, (-1, 1)), "atan": (1, (-1e3, 1e3)), "atan2": (2, (-1e3, 1e3)),
    "sinh": (1, (-700, 700)), "cosh": (1, (-700, 700)), "tanh": (1, (-20, 20)),
    "asinh": (1, (-1e6, 1e6)), "acosh": (1, (1, 1e6)), "atanh": (1, (-1, 1)),
    "exp": (1, (-700, 700)), "expm1": (1, (-50, 50)), "exp2": (1, (-1000, 1000)),
    "log": (1, (0, 1e6)), "log2": (1, (0, 1e6)), "log10": (1, (0, 1e6)), "log1p": (1, (-0.99, 1e6)),
    "sqrt": (1, (0, 1e6)), "cbrt": (1, (-1e6, 1e6)), "erf": (1, (-6, 6)), "erfc": (1, (-6, 27)),
    "gamma": (1, (-50, 170)), "lgamma": (1, (-50, 1e5)), "pow": (2, (0, 100)), "hypot": (2, (-1e3, 1e3)),
}


def sample(r, lo, hi):
    # Half uniform over the range, half log-uniform in magnitude (small arguments matter too).
    if r.random() < 0.5:
        return r.uniform(lo, hi)
    m = max(abs(lo), abs(hi))
    x = math.exp(r.uniform(math.log(1e-12), math.log(m)))
    return -x if lo < 0 and r.random() < 0.5 else x


def main():
    out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    r = random.Random(2026)
    with open(out, "w") as f:
        for name, (arity, (lo, hi)) in FUNCS.items():
            fn = getattr(math, name)
            for _ in range(n):
                args = [sample(r, lo, hi) for _ in range(arity)]
                if name == "pow":
                    args[1] = r.uniform(-30, 30)
                try:
                    v = fn(*args)
                except (ValueError, OverflowError):
                    continue
                f.write(" ".join([name] + [a.hex() for a in args] + [v.hex()]) + "\n")


main()

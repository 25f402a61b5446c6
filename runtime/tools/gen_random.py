"""Regenerates runtime/tests/data/random.jsonl: sequences CPython's `random`
produces after seeding. Each line: [seed, function, args, kwargs, expected]
where expected is repr() of the list of 6 successive results (for shuffle,
the shuffled list after each of 3 calls)."""
import json
import random
import sys

from casegen import DATA_DIR, Kw, enc, write

assert sys.version_info[:2] == (3, 11)

SEEDS = [0, 1, 42, 123456789, 2**32, 2**40 + 17, -5, 10**30, "hello", "", "ünïcode", b"bytes", 3.5, True]
CALLS = [
    ("random", [], {}), ("getrandbits", [1], {}), ("getrandbits", [31], {}), ("getrandbits", [32], {}), ("getrandbits", [33], {}),
    ("getrandbits", [100], {}), ("getrandbits", [0], {}), ("randint", [1, 6], {}), ("randint", [-10**12, 10**12], {}),
    ("randint", [0, 2**70], {}), ("randrange", [10], {}), ("randrange", [0, 1000, 7], {}), ("randrange", [100, 0, -3], {}),
    ("randrange", [5, 5], {}), ("randrange", [0], {}), ("randrange", [1, 10, 0], {}), ("choice", [["a", "b", "c", "d"]], {}),
    ("choice", ["xyz"], {}), ("choice", [[]], {}), ("sample", [list(range(100)), 5], {}), ("sample", [list(range(10)), 10], {}),
    ("sample", [list(range(1000)), 30], {}), ("sample", ["abcdefgh", 3], {}), ("sample", [[1, 2], 3], {}), ("uniform", [1.0, 5.0], {}),
    ("uniform", [-2, 2], {}), ("gauss", [], {}), ("gauss", [10.0, 2.5], {}), ("expovariate", [1.5], {}),
    ("choices", [["a", "b", "c"]], {"k": 5}), ("choices", [["a", "b", "c"], [5, 1, 1]], {"k": 4}),
    ("choices", [["x", "y"]], {"cum_weights": [1, 10], "k": 3}), ("shuffle", [10], {}), ("shuffle", [1], {}), ("shuffle", [50], {}),
    ("triangular", [], {}), ("triangular", [2.0, 10.0], {}), ("triangular", [0, 10, 9], {}), ("triangular", [3, 3], {}),
    ("normalvariate", [], {}), ("normalvariate", [5.0, 0.5], {}), ("lognormvariate", [0.0, 1.0], {}),
    ("vonmisesvariate", [1.0, 4.0], {}), ("vonmisesvariate", [0.0, 0.0], {}), ("gammavariate", [0.5, 2.0], {}),
    ("gammavariate", [1.0, 3.0], {}), ("gammavariate", [7.5, 1.0], {}), ("gammavariate", [0.0, 1.0], {}), ("betavariate", [2.0, 5.0], {}),
    ("betavariate", [0.3, 0.3], {}), ("paretovariate", [2.5], {}), ("weibullvariate", [1.0, 1.5], {}), ("randbytes", [5], {}),
    ("randbytes", [0], {}), ("binomialvariate", [10, 0.3], {}) if False else ("randbytes", [17], {}),
]


def run(seed, name, args, kw):
    r = random.Random(seed)
    out = []
    try:
        if name == "shuffle":
            for _ in range(3):
                x = list(range(args[0]))
                r.shuffle(x)
                out.append(x)
        else:
            for _ in range(6):
                out.append(getattr(r, name)(*args, **kw))
        return repr(out)
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)


lines = []
for seed in SEEDS:
    for name, args, kw in CALLS:
        lines.append(json.dumps([enc(seed), name, [enc(a) for a in args], enc(Kw(kw)), run(seed, name, args, kw)], ensure_ascii=False))
# Module-level functions share one generator: interleaved calls after random.seed().
random.seed(2024)
seq = [random.random(), random.randint(1, 100), random.choice("abc"), random.gauss(0, 1), random.random(), random.gauss(0, 1)]
lines.append(json.dumps([enc(2024), "__interleaved__", [], enc(Kw()), repr(seq)]))
# A separate random.Random instance leaves the module-level generator alone.
random.seed(7)
inst = random.Random(99)
seq = [inst.random(), random.random(), inst.randint(1, 6), inst.choice("abc"), random.random(), inst.gauss(0, 1), inst.triangular()]
lines.append(json.dumps([enc(99), "__instance__", [], enc(Kw()), repr(seq)]))
write("random.jsonl", lines)

#!/usr/bin/env python3.11
"""Writes tests/data/enums.jsonl: random enum classes (Enum, IntEnum, StrEnum, Flag, IntFlag) with aliases,
auto() values and multi-bit flags, and what CPython 3.11 prints for their members, lookups by value and name,
and flag operations. tests/enums.rs builds the same classes with the runtime and compares."""
import enum
import json
import os
import random

AUTO = "<auto>"


def outcome(f):
    try:
        return repr(f())
    except Exception as e:  # the exception type and message, as the runtime raises them
        return "%s: %s" % (type(e).__name__, e)


def text(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


def make_case(rng, n):
    base = rng.choice(["Enum", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"])
    count = rng.randint(1, 6)
    members = []
    used = []
    for i in range(count):
        name = "M%d" % i
        if base in ("Flag", "IntFlag"):
            r = rng.random()
            if r < 0.25:
                v = AUTO
            elif r < 0.4 and used:
                v = 0
                for u in rng.sample(used, min(len(used), 2)):
                    v |= u
            else:
                v = 1 << rng.randint(0, 6)
        elif base == "StrEnum":
            v = AUTO if rng.random() < 0.3 else rng.choice(["a", "b", "x", "yy", "Zed"])
        else:
            r = rng.random()
            if r < 0.25:
                v = AUTO
            elif r < 0.4 and used:
                v = rng.choice(used)
            else:
                v = rng.randint(-3, 12)
        members.append([name, v])
        if isinstance(v, int):
            used.append(v)
    ns = {}
    for name, v in members:
        ns[name] = enum.auto() if v == AUTO else v
    try:
        cls = type(getattr(enum, base))("C%d" % n, (getattr(enum, base),), _prepared(getattr(enum, base), "C%d" % n, ns))
    except Exception as e:
        return {"base": base, "name": "C%d" % n, "members": members, "error": "%s: %s" % (type(e).__name__, e)}
    out = {"base": base, "name": cls.__name__, "members": members}
    out["class"] = [repr(cls), repr(list(cls)), len(cls), repr(list(cls.__members__))]
    out["each"] = [[str(m), repr(m), format(m), format(m, ">12"), m.name, repr(m.value), bool(m)] for m in cls.__members__.values()]
    probes = sorted({v for _, v in members if v != AUTO} | {rng.randint(-4, 130) for _ in range(4)} | {"a", "zz"}, key=repr)
    out["by_value"] = [[p, outcome(lambda: cls(p))] for p in probes]
    out["by_name"] = [[k, outcome(lambda: cls[k])] for k in [m[0] for m in members] + ["NOPE"]]
    if base in ("Flag", "IntFlag"):
        ms = list(cls.__members__.values())
        ops = []
        for a in ms:
            ops.append(["~", a.name, "", outcome(lambda: ~a)])
            for b in ms:
                ops.append(["|", a.name, b.name, outcome(lambda: a | b)])
                ops.append(["&", a.name, b.name, outcome(lambda: a & b)])
                ops.append(["^", a.name, b.name, outcome(lambda: a ^ b)])
                ops.append(["in", a.name, b.name, outcome(lambda: a in b)])
        out["flag_ops"] = ops
        out["flag_str"] = [[m.name, text(lambda: str(~m)), text(lambda: repr(list(m))), text(lambda: len(m))] for m in ms]
    return out


def _prepared(base, name, ns):
    d = type(base).__prepare__(name, (base,))
    for k, v in ns.items():
        d[k] = v
    return d


def main():
    rng = random.Random(1311)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "tests", "data", "enums.jsonl")
    with open(path, "w") as f:
        for n in range(300):
            f.write(json.dumps(make_case(rng, n)) + "\n")


if __name__ == "__main__":
    main()

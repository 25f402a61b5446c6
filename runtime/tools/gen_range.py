"""Regenerates runtime/tests/data/range.jsonl: range objects from CPython,
including bounds and lengths beyond 64 bits.

Usage: python3.11 runtime/tools/gen_range.py (deterministic, seeded).
"""
import random
import sys

from casegen import case, write

assert sys.version_info[:2] == (3, 11), "expected values are defined by CPython 3.11"


def bound(r):
    k = r.random()
    if k < 0.4:
        return r.randint(-20, 20)
    if k < 0.6:
        return r.choice([2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 20, -10 ** 20]) + r.randint(-3, 3)
    return r.choice([1, -1]) * r.getrandbits(r.choice([40, 62, 63, 64, 65, 90, 130]))


def rlen(rg):
    """len(rg) without the ssize_t limit."""
    n = (rg.stop - rg.start + rg.step - (1 if rg.step > 0 else -1)) // rg.step
    return max(0, n)


def gen():
    r = random.Random(31)
    lines = []
    for _ in range(400):
        a, b = bound(r), bound(r)
        c = r.choice([1, -1, 2, -3, 7, bound(r) or 5])
        args = r.choice([(b,), (a, b), (a, b, c)])
        rg = range(*args)
        lines.append(case("b:range", *args))
        lines.append(case("b:len", rg))
        lines.append(case("truthy", rg))
        if rlen(rg) >= 2:  # shorter ranges hash None, whose hash is its address
            lines.append(case("hash", rg))
        for _ in range(3):
            i = r.choice([r.randint(-5, 5), bound(r), rlen(rg) - 1 if rlen(rg) else 0, -rlen(rg)])
            lines.append(case("m:__getitem__", rg, i))
        lines.append(case("slice", rg, r.choice([None, bound(r), r.randint(-4, 4)]), r.choice([None, bound(r), r.randint(-4, 4)]), r.choice([None, 1, -1, 2, -3, bound(r) or 1])))
        x = r.choice([a, b - 1, a + c, bound(r), r.randint(-10, 10), a + 2 * c])
        if rlen(rg) < 1000 and r.random() < 0.3:
            # CPython searches linearly for non-ints: only small ranges.
            x = r.choice([x + 0.0, 0.5, "a"])
        lines.append(case("in", x, rg))
        lines.append(case("m:index", rg, x))
        lines.append(case("m:count", rg, x))
        for attr in ["start", "stop", "step"]:
            lines.append(case("attr:" + attr, rg))
        if rlen(rg) < 30:
            lines.append(case("Lb:iter", rg))
            lines.append(case("Lb:reversed", rg))
        else:
            lines.append(case("Lmod:itertools.islice", rg, 3))
            lines.append(case("Lmod:itertools.islice", reversed(rg), 3) if False else case("Lb:zip", rg, [0, 1, 2]))
        other = range(*r.choice([args, (a, b), (0,), (a, a + c * 2, c)]))
        lines.append(case("==", rg, other))
    for args in [(), (1, 2, 3, 4), (1, 2, 0), (1.5,), ("a",), (10 ** 30, 1, 0), (True, 5)]:
        lines.append(case("b:range", *args))
    lines.append(case("m:__getitem__", range(5), "x"))
    lines.append(case("m:__getitem__", range(10 ** 30), 1.5))
    lines.append(case("m:index", range(10), "a"))
    lines.append(case("m:count", range(10), 3.0))
    write("range.jsonl", lines)


if __name__ == "__main__":
    gen()

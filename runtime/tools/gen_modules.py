"""Regenerates runtime/tests/data/modules.jsonl: stateful scripts on module
objects (collections.ChainMap writes, parents, new_child, ...) from CPython.

Usage: python3.11 runtime/tools/gen_modules.py (deterministic, seeded).
Each case builds an object, runs a list of steps on it and records every
step's repr (or error) plus the object's final repr.
"""
import random
import sys

from casegen import Kw, case, write

assert sys.version_info[:2] == (3, 11), "expected values are defined by CPython 3.11"


def chainmap_steps(r, n):
    keys = ["a", "b", "c", "d", 1, 2]
    steps = []
    for _ in range(n):
        k = r.choice(keys)
        kind = r.random()
        if kind < 0.25:
            steps.append(["__setitem__", [k, r.randint(0, 99)]])
        elif kind < 0.35:
            steps.append(["__delitem__", [k]])
        elif kind < 0.5:
            steps.append(["__getitem__", [k]])
        elif kind < 0.55:
            steps.append(["get", [k, "dflt"]])
        elif kind < 0.6:
            steps.append(["in", [k]])
        elif kind < 0.65:
            steps.append(["pop", [k]] if r.random() < 0.5 else ["pop", [k, None]])
        elif kind < 0.68:
            steps.append(["popitem", []])
        elif kind < 0.73:
            steps.append([r.choice(["len", "list", "bool", "sorted_items"]), []])
        elif kind < 0.78:
            steps.append([".maps", []])
        elif kind < 0.83:
            steps.append([".parents", []])
        elif kind < 0.88:
            steps.append(["new_child", r.choice([[], [{"z": 0}], [None]])])
        elif kind < 0.91:
            steps.append(["copy", []])
        elif kind < 0.93:
            steps.append(["clear", []])
        else:
            steps.append([r.choice(["keys", "values", "items"]), []])
    return steps


def exception_groups(r):
    """Construction, str/repr, message/exceptions, subgroup and split."""
    lines = []
    leaves = [ValueError(1), TypeError("t"), KeyError("k"), ZeroDivisionError(), KeyboardInterrupt(), OSError(2, "x"), StopIteration(5)]

    def rand_group(depth):
        items = []
        for _ in range(r.randint(1, 3)):
            if depth < 2 and r.random() < 0.35:
                items.append(rand_group(depth + 1))
            else:
                items.append(r.choice(leaves))
        cls = r.choice([BaseExceptionGroup, BaseExceptionGroup, ExceptionGroup])
        if cls is ExceptionGroup and not all(isinstance(x, Exception) for x in items):
            cls = BaseExceptionGroup
        return cls(r.choice(["eg", "outer", ""]), items)
    conditions = [ValueError, TypeError, LookupError, Exception, BaseException, KeyboardInterrupt, ExceptionGroup, BaseExceptionGroup,
                  (ValueError, KeyError), (ZeroDivisionError,), ArithmeticError]
    for _ in range(200):
        g = rand_group(0)
        lines.append(case("repr", g))
        lines.append(case("str", g))
        for a in ["message", "exceptions", "args"]:
            lines.append(case("attr:" + a, g))
        c = r.choice(conditions)
        lines.append(case("m:subgroup", g, c))
        lines.append(case("m:split", g, c))
        lines.append(case("m:derive", g, [ValueError(9)]))
    for args in [("m", [ValueError(1)]), ("m", (KeyboardInterrupt(),)), ("m", []), ("m",), (1, [ValueError()]), ("m", ValueError()), ("m", [1]),
                 ("m", [ValueError(), 2]), ("m", [ValueError(1), KeyError(2)])]:
        lines.append(case("b:ExceptionGroup", *args))
        lines.append(case("b:BaseExceptionGroup", *args))
    lines.append(case("m:split", ExceptionGroup("m", [ValueError()]), 5))
    lines.append(case("m:split", ExceptionGroup("m", [ValueError()]), (ValueError, 5)))
    lines.append(case("m:subgroup", ExceptionGroup("m", [ValueError(), TypeError()]), bool))
    lines.append(case("m:subgroup", ExceptionGroup("m", [ValueError(), TypeError()]), callable))
    return lines


def operator_cases(r):
    """The operator functions not covered by gen_cases.py."""
    lines = []
    for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "iconcat", "matmul", "imatmul"]:
        for a, b in [(7, 3), (2.5, 2), ([1], [2]), ("ab", "c"), (-9, 2), ({1, 2}, {2, 3}), (b"x", b"y"), (3, "x"), ((1,), (2,))]:
            lines.append(case("mmod:operator." + name, a, b))
    for seq, x in [([1, 2, 1, 3], 1), ("banana", "a"), ((1, 2.0, 2), 2), ([], 5), ([1, 2], 9)]:
        lines.append(case("mod:operator.countOf", seq, x))
        lines.append(case("mod:operator.indexOf", seq, x))
    for obj in [[1, 2, 3], "abcd", {}, 5, (1,)]:
        lines.append(case("mod:operator.length_hint", obj))
        lines.append(case("mod:operator.length_hint", obj, 42))
    lines.append(case("mmod:operator.setitem", [1, 2, 3], 1, "x"))
    lines.append(case("mmod:operator.setitem", {"a": 1}, "b", 2))
    lines.append(case("mmod:operator.delitem", [1, 2, 3], 0))
    lines.append(case("mmod:operator.delitem", {"a": 1}, "z"))
    lines.append(case("mod:operator.call", len, "abc"))
    lines.append(case("mod:operator.call", max, 3, 9, 4))
    lines.append(case("mod:operator.concat", 1, 2))
    lines.append(case("mod:operator.concat", [1], [2]))
    return lines


def json_cases():
    """json.dumps options beyond gen_cases.py: default= and skipkeys=."""
    lines = []
    for v in [{1, 2}, [1, {2}], {"a": b"x"}, 1 + 2j, {"k": [range(3)]}]:
        lines.append(case("json.dumps", v, Kw(default=repr)))
        lines.append(case("json.dumps", v, Kw(default=str, indent=2)))
        lines.append(case("json.dumps", v))
    for v in [{(1, 2): 3, "a": 1}, {"b": 1, None: 2, 1.5: 3, (): 4}]:
        lines.append(case("json.dumps", v, Kw(skipkeys=True)))
        lines.append(case("json.dumps", v, Kw(skipkeys=True, sort_keys=False)))
        lines.append(case("json.dumps", v))
    return lines


def textwrap_cases(r):
    """Word splitting as TextWrapper's wordsep_re does it: em-dashes, hyphens, punctuation."""
    lines = []
    texts = ["Hello--world is here--and there", "a -- b --c d-- e", "well-known--really, it's a so-called 'test-case'.",
             "x---y ---- z-", "co-op re-enter 3-4 a-b-c ab-cd-ef-gh", "Don't--ever! (really?) yes...--no", "émigré-style naïve--café"]
    words = ["alpha", "beta-gamma", "--", "delta--epsilon", "x-y", "long-hyphenated-compound-word", "end.", "q,", "3-d", "z"]
    for _ in range(60):
        texts.append(" ".join(r.choice(words) for _ in range(r.randint(3, 12))))
    for t in texts:
        for w in [4, 7, 10, 15, 25]:
            lines.append(case("mod:textwrap.wrap", t, w))
        lines.append(case("mod:textwrap.wrap", t, 9, Kw(break_on_hyphens=False)))
        lines.append(case("mod:textwrap.fill", t, 12, Kw(break_long_words=False)))
    return lines


def complex_cases():
    """complex(): its string syntax and the two-argument combinations."""
    lines = []
    for t in ["1+2j", " ( 1-2.5e3J ) ", "j", "-j", "+j", "2j", "1e5", "inf", "-nanj", "1_000+2_0j", "1+", "1+j2", "(1+2j", "", "  ",
              "1 + 2j", "infj", "1e+5-1e-5j", ".5j", "5.j", "1__0j", "(j)", "x", "-Infinity-infj", "1e", "1e+j", "+1.5E-3-2J", "(  -0.0-0j )",
              "NaN+nanj", "1j+1", "--1", "1.2.3"]:
        lines.append(case("b:complex", t))
    lines.append(case("b:complex", "1+2j", 1))
    for z in [1 + 2j, -0.0j, complex(float("inf"), -1), 3 - 0j]:
        lines.append(case("m:conjugate", z))
        lines.append(case("b:abs", z))
    for a in [(1, 2), (1 + 2j, 3), (1, 2j), (1j, 1j), ("1", 2), (1, "2"), (None,), (True, False), (1.5,), (1.0, -0.0), (-0.0, 0.0), (2 ** 70, 1),
              (1, None), (), (1, 2, 3), (1e308 * 10, 1)]:
        lines.append(case("b:complex", *a))
    return lines


def gen():
    r = random.Random(41)
    lines = []
    for _ in range(250):
        maps = [{r.choice("abcd"): r.randint(0, 9) for _ in range(r.randint(0, 3))} for _ in range(r.randint(0, 3))]
        steps = chainmap_steps(r, r.randint(1, 10))
        # keys()/values()/items() reprs differ by type name (KeysView vs
        # dict_keys): compare them as lists.
        steps = [[("list" if s[0] in ("keys", "values", "items") else s[0]), s[1] if s[0] not in ("keys", "values", "items") else []] for s in steps]
        lines.append(case("steps:collections.ChainMap", maps, steps))
    lines += exception_groups(random.Random(42))
    lines += operator_cases(random.Random(43))
    lines += json_cases()
    lines += textwrap_cases(random.Random(44))
    lines += complex_cases()
    write("modules.jsonl", lines)


if __name__ == "__main__":
    gen()

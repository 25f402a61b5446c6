"""Expression cases for runtime classes (fractions.Fraction, datetime.*): each case is an expression tree that
CPython evaluates here and runtime/tests/module_exprs.rs evaluates through pyrt. One JSON line per case:
[tree, expected], expected being repr() of the result or "!ExcType: message".

Tree nodes: ["v", enc(value)] a literal (casegen's encoding); ["get", module, "a.b"] an attribute path of a module;
["call", f, [args], [[name, arg]...]]; ["bin", op, a, b]; ["un", name, a]; ["meth", obj, name, [args], [[k, v]...]];
["attr", obj, name].
"""
import builtins
import importlib
import json
import math
import operator
import os

from casegen import BINOPS, DATA_DIR, enc, error_text


class N(list):
    """A tree node (a list, so json writes it as-is)."""


def w(x):
    return x if isinstance(x, N) else N(["v", enc(x)])


def G(path):
    module, rest = path.split(".", 1)
    return N(["get", module, rest])


def C(f, *args, **kw):
    return N(["call", G(f) if isinstance(f, str) else f, [w(a) for a in args], [[k, w(v)] for k, v in kw.items()]])


def B(op, a, b):
    return N(["bin", op, w(a), w(b)])


def U(name, a):
    return N(["un", name, w(a)])


def M(obj, name, *args, **kw):
    return N(["meth", w(obj), name, [w(a) for a in args], [[k, w(v)] for k, v in kw.items()]])


def A(obj, name):
    return N(["attr", w(obj), name])


UNARY = {"neg": operator.neg, "pos": operator.pos, "abs": abs, "repr": repr, "str": str, "hash": hash, "float": float,
         "int": int, "bool": bool, "round": round, "floor": math.floor, "ceil": math.ceil, "trunc": math.trunc,
         "type": lambda x: type(x).__name__}


def dec(v):
    tag = v[0]
    simple = {"n": lambda: None, "b": lambda: v[1], "i": lambda: int(v[1]), "f": lambda: float.fromhex(v[1]), "s": lambda: v[1]}
    if tag in simple:
        return simple[tag]()
    if tag == "t":
        return tuple(dec(x) for x in v[1])
    if tag == "l":
        return [dec(x) for x in v[1]]
    if tag == "d":
        return {dec(k): dec(x) for k, x in v[1]}
    if tag == "y":
        return bytes(v[1])
    if tag == "S":
        return {dec(x) for x in v[1]}
    raise ValueError(tag)


def ev(n):
    tag = n[0]
    if tag == "v":
        return dec(n[1])
    if tag == "get":
        o = importlib.import_module(n[1])
        for part in n[2].split("."):
            o = getattr(o, part)
        return o
    if tag == "call":
        return ev(n[1])(*[ev(a) for a in n[2]], **{k: ev(v) for k, v in n[3]})
    if tag == "bin":
        return BINOPS[n[1]](ev(n[2]), ev(n[3]))
    if tag == "un":
        return UNARY[n[1]](ev(n[2]))
    if tag == "meth":
        return getattr(ev(n[1]), n[2])(*[ev(a) for a in n[3]], **{k: ev(v) for k, v in n[4]})
    if tag == "attr":
        return getattr(ev(n[1]), n[2])
    raise ValueError(tag)


def outcome(n):
    try:
        return repr(ev(n))
    except Exception as e:  # the message is the expected value
        return error_text(e)


def write_cases(name, trees):
    path = os.path.join(DATA_DIR, name)
    with open(path, "w") as f:
        for t in trees:
            f.write(json.dumps([t, outcome(t)], ensure_ascii=False) + "\n")
    print(path, len(trees), "cases")

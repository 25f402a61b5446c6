"""Shared helpers for the CPython case generators.

Each case is one JSON line: [op, [encoded args...], expected]. `expected` is
repr() of the result CPython computed, or "!ExcType: message" when it raised.
The Rust tests (runtime/tests/cpython_cases.rs) decode the same encoding and
run the same operation through pyrt.
"""
import builtins
import json
import operator
import os

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data")


def enc(v):
    if v is None:
        return ["n"]
    if isinstance(v, bool):
        return ["b", v]
    if isinstance(v, int):
        return ["i", str(int(v))]
    if isinstance(v, float):
        return ["f", v.hex()]
    if isinstance(v, complex):
        return ["c", v.real.hex(), v.imag.hex()]
    if isinstance(v, str):
        return ["s", v]
    if isinstance(v, bytes):
        return ["y", list(v)]
    if isinstance(v, bytearray):
        return ["Y", list(v)]
    if isinstance(v, slice):
        return ["sl", [enc(v.start), enc(v.stop), enc(v.step)]]
    if isinstance(v, range):
        return ["r", [enc(v.start), enc(v.stop), enc(v.step)]]
    if isinstance(v, BaseException):
        return ["E", type(v).__name__, [enc(a) for a in v.args]]
    if isinstance(v, tuple):
        return ["t", [enc(x) for x in v]]
    if isinstance(v, list):
        return ["l", [enc(x) for x in v]]
    if callable(v) and hasattr(v, "__qualname__"):
        return ["fn", v.__qualname__]
    if isinstance(v, set):
        return ["S", [enc(x) for x in v]]
    if isinstance(v, Kw):
        return ["kw", [[k, enc(x)] for k, x in v.items()]]
    if isinstance(v, dict):
        return ["d", [[enc(k), enc(x)] for k, x in v.items()]]
    raise TypeError(type(v))


class Kw(dict):
    """Keyword arguments of a call (always the last argument)."""


BINOPS = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "<<": operator.lshift,
    ">>": operator.rshift, "&": operator.and_, "|": operator.or_, "^": operator.xor,
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
    ">": operator.gt, ">=": operator.ge, "in": lambda a, b: a in b,
}
IOPS = {"+": operator.iadd, "-": operator.isub, "&": operator.iand, "|": operator.ior, "^": operator.ixor}
UNOPS = {"neg": operator.neg, "pos": operator.pos, "invert": operator.invert, "not": operator.not_,
         "repr": repr, "str": str, "hash": hash, "truthy": bool}


def f(a, b=2, *, c):
    return [a, b, c]


def g(x, y):
    return [x, y]


def h(a, *args, k=1, **kw):
    return [a, args, k, kw]


def z():
    return []


def one(a):
    return [a]


def many(a, b, c, d=4):
    return [a, b, c, d]


SIGS = {"f": f, "g": g, "h": h, "z": z, "one": one, "many": many}


def evaluate(op, args):
    kw = {}
    if args and isinstance(args[-1], Kw):
        kw = dict(args[-1])
        args = args[:-1]
    as_list = op.startswith("L")
    if as_list:
        op = op[1:]
    if op in BINOPS:
        r = BINOPS[op](*args)
    elif op in UNOPS:
        r = UNOPS[op](*args)
    elif op.startswith("m:"):
        r = getattr(args[0], op[2:])(*args[1:], **kw)
    elif op.startswith("mm:"):
        recv = args[0]
        r = getattr(recv, op[3:])(*args[1:], **kw)
        r = (r, recv)
    elif op.startswith("b:"):
        name = op[2:]
        if name == "set":
            r = set(args[0])
            if len(args) > 1:
                for x in args[1]:
                    r.discard(x)
                for x in args[2]:
                    r.add(x)
        else:
            f = builtins
            for part in name.split("."):
                f = getattr(f, part)
            r = f(*args, **kw)
    elif op.startswith("math."):
        import math
        r = getattr(math, op[5:])(*args, **kw)
    elif op.startswith("json."):
        import json as j
        r = getattr(j, op[5:])(*args, **kw)
    elif op == "slice":
        r = args[0][slice(*args[1:])]
    elif op.startswith("mod:") or op.startswith("mmod:"):
        import importlib
        path = op.split(":", 1)[1]
        mod, _, fname = path.partition(".")
        m = importlib.import_module(mod)
        f = m.chain.from_iterable if fname == "chain.from_iterable" else getattr(m, fname)
        r = f(*args, **kw)
        if op.startswith("mmod:"):
            r = (r, args[0])
    elif op.startswith("rematch:"):
        import re
        m = getattr(re, op[8:])(*args, **kw)
        r = None if m is None else (m.group(0), m.groups(), m.span(), m.groupdict(), [m.span(i) for i in range(len(m.groups()) + 1)])
    elif op.startswith("relast:"):
        import re
        m = getattr(re, op[7:])(*args, **kw)
        r = None if m is None else (m.lastindex, m.lastgroup, m.span(), m.groups())
    elif op.startswith("unpack:"):
        n = int(op[7:])
        if n == 1:
            (a,) = args[0]; r = [a]
        elif n == 2:
            a, b = args[0]; r = [a, b]
        else:
            a, b, c = args[0]; r = [a, b, c]
    elif op == "unpack_star":
        a, *b, c = args[0]
        r = (a, b, c)
    elif op.startswith("bind:"):
        r = SIGS[op[5:]](*args, **kw)
    elif op.startswith("steps:"):
        # A constructor call, then a script of steps on the object: each step's
        # repr (or error) and finally the object's repr.
        import importlib
        mod, _, fname = op[6:].partition(".")
        obj = getattr(importlib.import_module(mod), fname)(*args[0])
        r = []
        for name, a in args[1]:
            try:
                if name.startswith("."):
                    v = getattr(obj, name[1:])
                elif name in STEP_FUNCS:
                    v = STEP_FUNCS[name](obj, *a)
                else:
                    v = getattr(obj, name)(*a)
                r.append(repr(v))
            except Exception as e:
                r.append(error_text(e))
        r.append(repr(obj))
    elif op.startswith("attr:"):
        r = getattr(args[0], op[5:])
    elif op == "setitem":
        args[0][args[1]] = args[2]
        r = args[0]
    elif op == "delitem":
        del args[0][args[1]]
        r = args[0]
    elif op in ("iadd", "imul"):
        a = args[0]
        if op == "iadd":
            a += args[1]
        else:
            a *= args[1]
        r = (a, args[0], a is args[0])
    elif op == "format":
        r = format(*args)
    elif op.startswith("counter:"):
        # Counter(args[0]) SYM Counter(args[1]); "neg"/"pos" are unary; "i+" etc. in place
        # (the result, and whether it is the left operand).
        from collections import Counter
        sym = op[8:]
        a = Counter(args[0])
        if sym in ("neg", "pos"):
            r = -a if sym == "neg" else +a
        elif sym.startswith("i"):
            before = a
            a = IOPS[sym[1:]](a, Counter(args[1]))
            r = (a, a is before)
        else:
            r = BINOPS[sym](a, Counter(args[1]) if args[1] is not None else {})
    elif op.startswith("view:") or op.startswith("rview:"):
        # d.keys()/d.items() SYM other (rview: other SYM view); a trailing ":set" builds the other
        # operand as set(list) on both sides, so its table is the same.
        parts = op.split(":")
        kind, sym = parts[1], parts[2]
        v = getattr(args[0], kind)()
        other = set(args[1]) if parts[3:] == ["set"] else args[1]
        r = BINOPS[sym](v, other) if op.startswith("view:") else BINOPS[sym](other, v)
    elif op.startswith("setm:"):
        # s = set(args[0]); s.METHOD(other) with other = set(args[1]) when args[2], else the list;
        # in-place operators as "setm:-=" etc. Gives (result, s).
        s = set(args[0])
        other = set(args[1]) if args[2] else args[1]
        m = op[5:]
        if m.endswith("="):
            t = s
            t = IOPS[m[:-1]](t, other)
            r = (t is s, s)
        else:
            r = (getattr(s, m)(other), s)
    elif op == "setop":
        a, sym, b = args
        r = BINOPS[sym](set(a), set(b))
    else:
        raise ValueError(op)
    if as_list:
        r = list(r)
    return r


STEP_FUNCS = {"len": len, "list": list, "bool": bool, "in": lambda o, x: x in o, "sorted_items": lambda o: sorted(o.items())}


def error_text(e):
    return "!%s: %s" % (type(e).__name__, e) if str(e) else "!%s" % type(e).__name__


def case(op, *args):
    encoded = [enc(a) for a in args]  # before evaluation: methods may mutate
    try:
        r = evaluate(op, list(args))
        exp = repr(r)
    except Exception as e:  # the message is the expected value
        exp = error_text(e)
    return json.dumps([op, encoded, exp], ensure_ascii=False)


def write(name, lines):
    os.makedirs(DATA_DIR, exist_ok=True)
    path = os.path.join(DATA_DIR, name)
    with open(path, "w", encoding="utf-8") as f:
        for l in lines:
            f.write(l + "\n")
    print("%s: %d cases" % (name, len(lines)))

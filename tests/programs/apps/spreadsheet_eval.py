# A spreadsheet with formulas referencing other cells: dependency resolution, cycle detection,
# SUM ranges and error propagation.
import re

CELLS = {
    "A1": "10", "A2": "20", "A3": "=A1+A2", "A4": "=SUM(A1:A3)",
    "B1": "=A4*2", "B2": "=B1/A1", "B3": "=C1+1", "C1": "=B3", "C2": "=A1/0", "C3": "=C2+1",
    "D1": "hello", "D2": "=D1+1", "D3": "=SUM(A1:B2)",
}


class CellError(Exception):
    pass


def expand_range(a, b):
    col1, row1 = a[0], int(a[1:])
    col2, row2 = b[0], int(b[1:])
    return [f"{chr(c)}{r}" for c in range(ord(col1), ord(col2) + 1) for r in range(row1, row2 + 1)]


def evaluate(name, cache, stack=()):
    if name in cache:
        return cache[name]
    if name in stack:
        raise CellError("#CYCLE")
    raw = CELLS.get(name, "0")
    if not raw.startswith("="):
        try:
            value = float(raw)
        except ValueError:
            value = raw
    else:
        expr = raw[1:]

        def sum_repl(m):
            return "(" + "+".join(expand_range(m.group(1), m.group(2))) + ")"

        expr = re.sub(r"SUM\((\w+):(\w+)\)", sum_repl, expr)

        def ref(m):
            v = evaluate(m.group(0), cache, stack + (name,))
            if isinstance(v, str):
                raise CellError("#VALUE")
            return repr(v)

        expr = re.sub(r"[A-Z]\d+", ref, expr)
        try:
            value = eval_arith(expr)
        except ZeroDivisionError:
            raise CellError("#DIV/0")
    cache[name] = value
    return value


def eval_arith(expr):
    tokens = re.findall(r"\d+\.?\d*(?:e[-+]?\d+)?|[-+*/()]", expr)
    pos = 0

    def atom():
        nonlocal pos
        t = tokens[pos]
        pos += 1
        if t == "(":
            v = add()
            pos += 1
            return v
        if t == "-":
            return -atom()
        return float(t)

    def mul():
        nonlocal pos
        v = atom()
        while pos < len(tokens) and tokens[pos] in "*/":
            op = tokens[pos]
            pos += 1
            v = v * atom() if op == "*" else v / atom()
        return v

    def add():
        nonlocal pos
        v = mul()
        while pos < len(tokens) and tokens[pos] in "+-":
            op = tokens[pos]
            pos += 1
            v = v + mul() if op == "+" else v - mul()
        return v

    return add()


cache = {}
for name in sorted(CELLS):
    try:
        print(f"{name}: {CELLS[name]:14} = {evaluate(name, cache)}")
    except CellError as e:
        print(f"{name}: {CELLS[name]:14} = {e}")

import operator
import re
OPS = {"+": (1, operator.add, "L"), "-": (1, operator.sub, "L"), "*": (2, operator.mul, "L"),
       "/": (2, operator.truediv, "L"), "^": (3, operator.pow, "R"), "%": (2, operator.mod, "L")}
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
def tokenize(expr):
    out = []
    for num, op in TOKEN.findall(expr):
        if num:
            out.append(float(num) if "." in num else int(num))
        elif op.strip():
            out.append(op)
    return out
def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t in OPS:
            p, _, assoc = OPS[t]
            while stack and stack[-1] in OPS:
                p2 = OPS[stack[-1]][0]
                if p < p2 or (p == p2 and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            raise SyntaxError(f"bad token {t!r}")
    while stack:
        out.append(stack.pop())
    return out
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t in OPS:
            b, a = st.pop(), st.pop()
            st.append(OPS[t][1](a, b))
        else:
            st.append(t)
    return st[0]
for e in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "2^10", "(1+2)*(3+4)", "7 % 3 + 10 / 4", "2.5 * 4", "100 - 1 - 2", "2 ^ 3 ^ 2", "1/0", "3 $ 4"]:
    try:
        rpn = to_rpn(tokenize(e))
        print(f"{e:<32} => {' '.join(map(str, rpn)):<28} = {eval_rpn(rpn)}")
    except ZeroDivisionError as ex:
        print(f"{e:<32} => error: {ex}")
    except SyntaxError as ex:
        print(f"{e:<32} => syntax: {ex}")
print(operator.itemgetter(1, 0)(["a", "b"]), operator.attrgetter("real")(3 + 2j), operator.methodcaller("upper")("x"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
print(operator.neg(5), operator.not_(0), operator.contains([1, 2], 2), operator.floordiv(-7, 2), operator.index(5))
from functools import reduce
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))

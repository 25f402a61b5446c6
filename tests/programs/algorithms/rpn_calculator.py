# Shunting-yard to convert infix to RPN, then evaluate with a stack.

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}


def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(num)
            num = ""
        if ch in PREC or ch in "()":
            tokens.append(ch)
        elif not ch.isspace():
            raise ValueError(f"bad character {ch!r}")
    if num:
        tokens.append(num)
    return tokens


def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t in PREC:
            while ops and ops[-1] in PREC and (
                PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t not in RIGHT)
            ):
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(t)
    while ops:
        out.append(ops.pop())
    return out


def evaluate(rpn):
    stack = []
    for t in rpn:
        if t in PREC:
            b, a = stack.pop(), stack.pop()
            if t == "+":
                stack.append(a + b)
            elif t == "-":
                stack.append(a - b)
            elif t == "*":
                stack.append(a * b)
            elif t == "/":
                stack.append(a / b)
            elif t == "%":
                stack.append(a % b)
            else:
                stack.append(a ** b)
        else:
            stack.append(float(t) if "." in t else int(t))
    return stack[0]


for e in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "2 ^ 3 ^ 2", "(1 + 2) * (3 + 4)", "10 % 4 - 7",
          "2.5 * 4", "100 / 8", "2 ^ 100", "7 - 10 % 3 * 2"]:
    rpn = to_rpn(tokenize(e))
    print(f"{e:32} => {' '.join(rpn):28} = {evaluate(rpn)}")
for bad in ["1 + 1 = 2", "3 / 0"]:
    try:
        print(evaluate(to_rpn(tokenize(bad))))
    except (ValueError, ZeroDivisionError) as ex:
        print(type(ex).__name__, ex)

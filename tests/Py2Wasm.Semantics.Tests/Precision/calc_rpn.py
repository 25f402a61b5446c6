# A tokenizer and evaluator for arithmetic: infix to RPN by shunting-yard, then a stack machine.

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}


def tokenize(text):
    tokens = []
    number = ""
    for ch in text:
        if ch.isdigit() or ch == ".":
            number += ch
            continue
        if number:
            tokens.append(number)
            number = ""
        if ch in "+-*/^()":
            tokens.append(ch)
    if number:
        tokens.append(number)
    return tokens


def to_rpn(tokens):
    out = []
    ops = []
    for tok in tokens:
        if tok in PRECEDENCE:
            while ops and ops[-1] in PRECEDENCE and (PRECEDENCE[ops[-1]] > PRECEDENCE[tok] or (PRECEDENCE[ops[-1]] == PRECEDENCE[tok] and tok != "^")):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    while ops:
        out.append(ops.pop())
    return out


def evaluate(rpn):
    stack = []
    for tok in rpn:
        if tok in PRECEDENCE:
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            elif tok == "/":
                stack.append(a / b)
            else:
                stack.append(a ** b)
        else:
            stack.append(float(tok))
    return stack[0]


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "((7))"]:
    rpn = to_rpn(tokenize(expr))
    print(expr, "=>", " ".join(rpn), "=", evaluate(rpn))

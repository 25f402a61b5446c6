# A recursive-descent calculator over a token list, using match for dispatch on token shapes.
import re


def tokenize(s):
    out = []
    for num, op in re.findall(r"\s*(?:(\d+\.?\d*)|(.))", s):
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif op.strip():
            out.append(("op", op))
    return out


def parse_expr(tokens):
    value, rest = parse_term(tokens)
    while True:
        match rest:
            case [("op", "+"), *tail]:
                rhs, rest = parse_term(tail)
                value += rhs
            case [("op", "-"), *tail]:
                rhs, rest = parse_term(tail)
                value -= rhs
            case _:
                return value, rest


def parse_term(tokens):
    value, rest = parse_factor(tokens)
    while True:
        match rest:
            case [("op", "*"), *tail]:
                rhs, rest = parse_factor(tail)
                value *= rhs
            case [("op", "/"), *tail]:
                rhs, rest = parse_factor(tail)
                value /= rhs
            case _:
                return value, rest


def parse_factor(tokens):
    match tokens:
        case [("num", n), *rest]:
            return n, rest
        case [("op", "-"), *rest]:
            v, rest = parse_factor(rest)
            return -v, rest
        case [("op", "("), *rest]:
            v, rest = parse_expr(rest)
            match rest:
                case [("op", ")"), *rest]:
                    return v, rest
                case _:
                    raise SyntaxError("expected )")
        case [tok, *_]:
            raise SyntaxError(f"unexpected {tok[1]!r}")
        case []:
            raise SyntaxError("unexpected end")


def calc(s):
    value, rest = parse_expr(tokenize(s))
    if rest:
        raise SyntaxError(f"trailing {rest}")
    return value


for s in ["1 + 2 * 3", "(1 + 2) * 3", "-4 + 10 / 4", "2 * (3 + (4 - 1)) * -1", "7 - 2 - 1", "1.5 * 4",
          "(1 + 2", "3 +", "* 2", "1 2"]:
    try:
        print(f"{s:24} = {calc(s)}")
    except SyntaxError as e:
        print(f"{s:24} ! {e}")

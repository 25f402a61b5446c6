import re

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|(\*\*|[-+*/%()^,])|([A-Za-z_]\w*))")


class ParseError(Exception):
    pass


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            raise ParseError(f"bad character {text[pos]!r} at {pos}")
        num, op, name = m.groups()
        if num is not None:
            tokens.append(("num", float(num) if "." in num else int(num)))
        elif op is not None:
            tokens.append(("op", op))
        else:
            tokens.append(("name", name))
        pos = m.end()
    tokens.append(("eof", None))
    return tokens


FUNCS = {"max": max, "min": min, "abs": abs}
VARS = {"x": 10, "y": 3, "pi": 3.14159}


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind, val=None):
        t = self.next()
        if t[0] != kind or (val is not None and t[1] != val):
            raise ParseError(f"expected {val or kind}, got {t[1]!r}")
        return t

    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.next()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.next()[1]
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v

    def factor(self):
        if self.peek() == ("op", "-"):
            self.next()
            return -self.factor()
        base = self.atom()
        if self.peek() in (("op", "**"), ("op", "^")):
            self.next()
            return base ** self.factor()
        return base

    def atom(self):
        kind, val = self.next()
        if kind == "num":
            return val
        if kind == "op" and val == "(":
            v = self.expr()
            self.expect("op", ")")
            return v
        if kind == "name":
            if self.peek() == ("op", "("):
                self.next()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.next()
                    args.append(self.expr())
                self.expect("op", ")")
                return FUNCS[val](*args)
            if val not in VARS:
                raise NameError(f"unknown variable {val}")
            return VARS[val]
        raise ParseError(f"unexpected {val!r}")


def evaluate(src):
    p = Parser(tokenize(src))
    v = p.expr()
    p.expect("eof")
    return v


cases = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "7 / 2", "7 % 3 + 10 % -4",
         "2 ^ 10 - 1", "max(1, x, y * 5) + min(4, 2)", "abs(-3.5) * 2", "pi * x ** 2",
         "1 / 3 + 1 / 3", ".5 + 1.", "2 ** 100", "10 / 0", "3 +", "4 $ 4", "foo + 1",
         "((((1))))", "-(-(-1))", "100 - 99 - 1", "2 * (3 + 4) * (5 - 6)"]
for src in cases:
    try:
        result = evaluate(src)
        print(f"{src:<32} = {result!r} ({type(result).__name__})")
    except (ParseError, NameError) as e:
        print(f"{src:<32} ! {type(e).__name__}: {e}")
    except ZeroDivisionError as e:
        print(f"{src:<32} ! division: {e}")
print(tokenize("a1+ 2.5*(b)"))

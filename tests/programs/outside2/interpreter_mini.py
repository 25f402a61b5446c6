"""A tiny expression language: tokenizer, Pratt parser, AST evaluation with closures."""
import re
import operator

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(==|!=|<=|>=|->|.))")


class Tok:
    __slots__ = ("kind", "val")

    def __init__(self, kind, val):
        self.kind, self.val = kind, val

    def __repr__(self):
        return f"{self.kind}:{self.val}"


def lex(src):
    out = []
    for num, name, op in TOKEN.findall(src):
        if num:
            out.append(Tok("num", float(num) if "." in num else int(num)))
        elif name:
            out.append(Tok("kw" if name in ("let", "in", "fn", "if", "then", "else") else "name", name))
        elif op.strip():
            out.append(Tok("op", op))
    out.append(Tok("eof", None))
    return out


BINARY = {"+": (10, operator.add), "-": (10, operator.sub), "*": (20, operator.mul), "/": (20, operator.truediv),
          "%": (20, operator.mod), "<": (5, operator.lt), ">": (5, operator.gt), "==": (5, operator.eq), "<=": (5, operator.le)}


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, val):
        t = self.next()
        if t.val != val:
            raise SyntaxError(f"expected {val!r}, got {t.val!r}")
        return t

    def expr(self, rbp=0):
        left = self.atom()
        while True:
            t = self.peek()
            if t.kind == "op" and t.val in BINARY and BINARY[t.val][0] > rbp:
                self.next()
                right = self.expr(BINARY[t.val][0])
                left = ("bin", t.val, left, right)
            elif t.kind == "op" and t.val == "(":
                self.next()
                args = []
                while self.peek().val != ")":
                    args.append(self.expr())
                    if self.peek().val == ",":
                        self.next()
                self.expect(")")
                left = ("call", left, args)
            else:
                return left

    def atom(self):
        t = self.next()
        if t.kind == "num":
            return ("num", t.val)
        if t.kind == "name":
            return ("var", t.val)
        if t.val == "(":
            e = self.expr()
            self.expect(")")
            return e
        if t.val == "-":
            return ("bin", "-", ("num", 0), self.expr(30))
        if t.val == "let":
            name = self.next().val
            self.expect("=")
            val = self.expr()
            self.expect("in")
            return ("let", name, val, self.expr())
        if t.val == "fn":
            params = []
            while self.peek().val != "->":
                params.append(self.next().val)
            self.expect("->")
            return ("fn", params, self.expr())
        if t.val == "if":
            c = self.expr()
            self.expect("then")
            a = self.expr()
            self.expect("else")
            return ("if", c, a, self.expr())
        raise SyntaxError(f"unexpected {t!r}")


def evaluate(node, env):
    match node:
        case ("num", v):
            return v
        case ("var", name):
            if name not in env:
                raise NameError(f"undefined {name}")
            return env[name]
        case ("bin", op, l, r):
            return BINARY[op][1](evaluate(l, env), evaluate(r, env))
        case ("let", name, v, body):
            new = dict(env)
            new[name] = None
            new[name] = evaluate(v, new)
            if callable(new[name]):
                new[name].__self_env__ = new if False else None
            return evaluate(body, new)
        case ("fn", params, body):
            def closure(*args, _env=env):
                local = dict(_env)
                local.update(zip(params, args))
                local["self"] = closure
                return evaluate(body, local)
            return closure
        case ("if", c, a, b):
            return evaluate(a if evaluate(c, env) else b, env)
        case ("call", f, args):
            return evaluate(f, env)(*[evaluate(a, env) for a in args])
    raise ValueError(f"bad node {node!r}")


def run(src):
    try:
        return evaluate(Parser(lex(src)).expr(), {"pi": 3.14159})
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        return f"{type(e).__name__}: {e}"


progs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "let x = 5 in x * x - 1",
    "let sq = fn a -> a * a in sq(7) + sq(2)",
    "let fact = fn n -> if n < 1 then 1 else n * self(n - 1) in fact(10)",
    "let fib = fn n -> if n < 2 then n else self(n - 1) + self(n - 2) in fib(15)",
    "10 / 4 + 7 % 3",
    "pi * 2",
    "1 / 0",
    "y + 1",
    "let = 4",
    "-3 * -(2 + 1)",
    "let add = fn a b -> a + b in add(2, 3) == 5",
]
for p in progs:
    print(f"{p:<70} => {run(p)!r}")
print(lex("a<=b"))

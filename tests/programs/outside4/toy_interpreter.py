class Token:
    def __init__(self, kind, val):
        self.kind, self.val = kind, val
    def __repr__(self):
        return f"{self.kind}:{self.val}"
KEYWORDS = {"let", "print", "if", "else", "while"}
def lex(src):
    i, toks = 0, []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(Token("num", int(src[i:j]))); i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            w = src[i:j]
            toks.append(Token("kw" if w in KEYWORDS else "id", w)); i = j
        elif src[i:i + 2] in ("==", "!=", "<=", ">="):
            toks.append(Token("op", src[i:i + 2])); i += 2
        elif c in "+-*/<>=(){};":
            toks.append(Token("op", c)); i += 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    return toks
class Parser:
    def __init__(self, toks):
        self.toks, self.pos = toks, 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else Token("eof", None)
    def eat(self, val=None):
        t = self.peek()
        if val is not None and t.val != val:
            raise SyntaxError(f"expected {val}, got {t.val}")
        self.pos += 1
        return t
    def program(self):
        stmts = []
        while self.peek().kind != "eof" and self.peek().val != "}":
            stmts.append(self.stmt())
        return ("block", stmts)
    def stmt(self):
        t = self.peek()
        if t.val == "let":
            self.eat(); name = self.eat().val; self.eat("="); e = self.expr(); self.eat(";")
            return ("let", name, e)
        if t.val == "print":
            self.eat(); e = self.expr(); self.eat(";")
            return ("print", e)
        if t.val == "while":
            self.eat(); self.eat("("); c = self.expr(); self.eat(")"); self.eat("{"); b = self.program(); self.eat("}")
            return ("while", c, b)
        if t.val == "if":
            self.eat(); self.eat("("); c = self.expr(); self.eat(")"); self.eat("{"); b = self.program(); self.eat("}")
            e = ("block", [])
            if self.peek().val == "else":
                self.eat(); self.eat("{"); e = self.program(); self.eat("}")
            return ("if", c, b, e)
        raise SyntaxError(f"bad stmt at {t}")
    def expr(self, prec=0):
        PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4}
        left = self.atom()
        while self.peek().kind == "op" and PREC.get(self.peek().val, -1) > prec:
            op = self.eat().val
            right = self.expr(PREC[op])
            left = ("bin", op, left, right)
        return left
    def atom(self):
        t = self.eat()
        if t.kind == "num":
            return ("num", t.val)
        if t.kind == "id":
            return ("var", t.name if hasattr(t, "name") else t.val)
        if t.val == "(":
            e = self.expr(); self.eat(")")
            return e
        if t.val == "-":
            return ("bin", "-", ("num", 0), self.atom())
        raise SyntaxError(f"bad atom {t}")
def run(node, env, out):
    kind = node[0]
    match node:
        case ("block", stmts):
            for s in stmts:
                run(s, env, out)
        case ("let", name, e):
            env[name] = ev(e, env)
        case ("print", e):
            out.append(str(ev(e, env)))
        case ("while", c, b):
            while ev(c, env):
                run(b, env, out)
        case ("if", c, b, e):
            run(b if ev(c, env) else e, env, out)
        case _:
            raise ValueError(kind)
def ev(e, env):
    match e:
        case ("num", v):
            return v
        case ("var", name):
            if name not in env:
                raise NameError(f"undefined {name}")
            return env[name]
        case ("bin", op, l, r):
            a, b = ev(l, env), ev(r, env)
            return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a // b,
                    "<": lambda: int(a < b), ">": lambda: int(a > b), "==": lambda: int(a == b),
                    "!=": lambda: int(a != b), "<=": lambda: int(a <= b), ">=": lambda: int(a >= b)}[op]()
SRC = """
let n = 10; let a = 0; let b = 1; let i = 0;
while (i < n) { print a; let t = a + b; let a = b; let b = t; let i = i + 1; }
if (a == 55) { print 1000; } else { print -1; }
let x = 2 * (3 + 4) - 10 / 3; print x; print 1 - 2 - 3;
"""
out = []
run(Parser(lex(SRC)).program(), {}, out)
print(" ".join(out))
print(lex("let y = 3;"))
for bad in ["let = 5;", "print z;", "let q = 1 @ 2;"]:
    try:
        o = []
        run(Parser(lex(bad)).program(), {}, o)
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, e)

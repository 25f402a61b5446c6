# A small Lisp interpreter: tokenizer, reader, environments with closures, special forms
# (define, lambda, if, let, quote, begin), and a few builtins; runs recursive programs.
import math
import operator as op


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise NameError(f"unbound symbol {name}")


class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(read(tokens))
        tokens.pop(0)
        return lst
    if tok == "'":
        return ["quote", read(tokens)]
    for cast in (int, float):
        try:
            return cast(tok)
        except ValueError:
            pass
    return tok


def global_env():
    env = Env()
    env.update({"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt, ">": op.gt, "=": op.eq,
                "<=": op.le, "mod": op.mod, "sqrt": math.sqrt, "car": lambda x: x[0], "cdr": lambda x: x[1:],
                "cons": lambda a, b: [a] + b, "list": lambda *x: list(x), "null?": lambda x: x == [],
                "length": len, "not": op.not_, "max": max})
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        head = x[0]
        if head == "quote":
            return x[1]
        if head == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) else alt
            continue
        if head == "define":
            env[x[1]] = evaluate(x[2], env)
            return None
        if head == "lambda":
            return Procedure(x[1], x[2], env)
        if head == "let":
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            env, x = Env(names, vals, env), x[2]
            continue
        if head == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        proc = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(proc, Procedure):
            env, x = Env(proc.params, args, proc.env), proc.body
            continue
        return proc(*args)


def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)


PROGRAM = """
(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(define map (lambda (f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs))))))
(define range (lambda (a b) (if (= a b) '() (cons a (range (+ a 1) b)))))
(define make-counter (lambda () (let ((n 0)) (lambda () (begin (define n (+ n 1)) n)))))
(define count-down (lambda (n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1)))))
(fact 20)
(fact 30)
(map fib (range 0 15))
(map (lambda (x) (* x x)) '(1 2 3 4))
(let ((x 3) (y 4)) (sqrt (+ (* x x) (* y y))))
(count-down 5000 0)
(length (range 0 50))
(if (not (< 1 2)) 'no 'yes)
(undefined-thing 1)
"""
env = global_env()
for line in PROGRAM.strip().splitlines():
    try:
        result = evaluate(read(tokenize(line)), env)
        if result is not None:
            print(to_str(result))
    except NameError as e:
        print("error:", e)

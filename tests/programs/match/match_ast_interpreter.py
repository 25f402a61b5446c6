# A small statement interpreter using match over tuple-encoded AST nodes (assign, if, while, print).


def run(program, env=None, out=None):
    env = {} if env is None else env
    out = [] if out is None else out
    for stmt in program:
        match stmt:
            case ("assign", str(name), expr):
                env[name] = ev(expr, env)
            case ("print", *exprs):
                out.append(" ".join(str(ev(e, env)) for e in exprs))
            case ("if", cond, then, els):
                run(then if ev(cond, env) else els, env, out)
            case ("if", cond, then):
                if ev(cond, env):
                    run(then, env, out)
            case ("while", cond, body):
                while ev(cond, env):
                    run(body, env, out)
            case _:
                raise SyntaxError(f"bad statement {stmt!r}")
    return out


def ev(e, env):
    match e:
        case int():
            return e
        case ("lit", value):
            return value
        case str(name):
            return env[name]
        case (("+" | "-" | "*" | "//" | "%" | "<" | "==") as op, a, b):
            x, y = ev(a, env), ev(b, env)
            return {"+": x + y, "-": x - y, "*": x * y, "<": x < y, "==": x == y,
                    "//": x // y if y else 0, "%": x % y if y else 0}[op]
        case ("not", a):
            return not ev(a, env)
        case _:
            raise SyntaxError(f"bad expression {e!r}")


collatz = [
    ("assign", "n", 27), ("assign", "steps", 0),
    ("while", ("not", ("==", "n", 1)), [
        ("if", ("==", ("%", "n", 2), 0), [("assign", "n", ("//", "n", 2))], [("assign", "n", ("+", ("*", "n", 3), 1))]),
        ("assign", "steps", ("+", "steps", 1)),
    ]),
    ("print", ("lit", "steps:"), "steps"),
]
fizz = [("assign", "i", 1), ("while", ("<", "i", 16), [
    ("if", ("==", ("%", "i", 15), 0), [("print", ("lit", "FizzBuzz"))],
     [("if", ("==", ("%", "i", 3), 0), [("print", ("lit", "Fizz"))], [("if", ("==", ("%", "i", 5), 0), [("print", ("lit", "Buzz"))], [("print", "i")])])]),
    ("assign", "i", ("+", "i", 1))])]
print(run(collatz))
print(run(fizz))
try:
    run([("goto", 10)])
except SyntaxError as e:
    print("SyntaxError:", e)

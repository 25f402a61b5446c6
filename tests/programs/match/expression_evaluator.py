# Evaluating and simplifying a small expression tree represented as nested tuples, via match.


def evaluate(e, env):
    match e:
        case int() | float():
            return e
        case str(name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("-", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case ("/", a, b):
            return evaluate(a, env) / evaluate(b, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case (op, *args):
            raise ValueError(f"unknown op {op!r} with {len(args)} args")
        case _:
            raise TypeError(f"bad node {e!r}")


def simplify(e):
    match e:
        case (op, a, b):
            a, b = simplify(a), simplify(b)
            match (op, a, b):
                case ("+", 0, x) | ("+", x, 0):
                    return x
                case ("*", 1, x) | ("*", x, 1):
                    return x
                case ("*", 0, _) | ("*", _, 0):
                    return 0
                case ("-", x, y) if x == y:
                    return 0
                case (_, int(x), int(y)):
                    return evaluate((op, x, y), {})
            return (op, a, b)
        case ("neg", ("neg", x)):
            return simplify(x)
        case _:
            return e


def show(e):
    match e:
        case (op, a, b):
            return f"({show(a)} {op} {show(b)})"
        case ("neg", a):
            return f"-{show(a)}"
        case _:
            return str(e)


exprs = [("+", ("*", 2, "x"), ("neg", "y")), ("*", ("+", "x", 0), ("-", 3, 1)),
         ("+", ("*", 0, "z"), ("*", 1, ("-", "x", "x"))), ("let", "z", ("+", "x", 1), ("*", "z", "z")),
         ("neg", ("neg", ("/", "x", 4)))]
env = {"x": 5, "y": 2, "z": 10}
for e in exprs:
    print(f"{show(e):30} = {evaluate(e, env):6}   simplified: {show(simplify(e))}")
for bad in [("pow", 2, 3), [1, 2]]:
    try:
        evaluate(bad, env)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)

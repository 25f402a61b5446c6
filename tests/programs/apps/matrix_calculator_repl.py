# A command interpreter for matrix variables, driven by a script; uses try/except/else/finally,
# match on commands, walrus, and a custom exception hierarchy.


class CalcError(Exception):
    pass


class ShapeError(CalcError):
    pass


class UnknownName(CalcError, KeyError):
    def __str__(self):
        return f"unknown matrix {self.args[0]!r}"


def parse_matrix(text):
    rows = [[float(x) for x in r.split()] for r in text.split(";")]
    if len({len(r) for r in rows}) != 1:
        raise ShapeError("ragged matrix")
    return rows


def mul(a, b):
    if len(a[0]) != len(b):
        raise ShapeError(f"cannot multiply {len(a)}x{len(a[0])} by {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def fmt(m):
    return " | ".join(" ".join(f"{v:g}" for v in row) for row in m)


env = {}
script = [
    "let A = 1 2; 3 4",
    "let B = 0 1; 1 0",
    "let C = 1 2 3",
    "mul A B",
    "mul A C",
    "mul C A",
    "let D = 1 2; 3",
    "show Z",
    "show A",
    "frobnicate",
    "t C",
]
ok = failed = 0
for line in script:
    try:
        match line.split(maxsplit=1):
            case ["let", rest] if (m := rest.partition(" = "))[1]:
                env[m[0]] = parse_matrix(m[2])
                result = f"{m[0]} := {fmt(env[m[0]])}"
            case ["mul", names]:
                a, b = names.split()
                for n in (a, b):
                    if n not in env:
                        raise UnknownName(n)
                result = fmt(mul(env[a], env[b]))
            case ["show", name]:
                if name not in env:
                    raise UnknownName(name)
                result = fmt(env[name])
            case ["t", name]:
                result = fmt([list(c) for c in zip(*env[name])])
            case _:
                raise CalcError(f"bad command {line!r}")
    except ShapeError as e:
        failed += 1
        print(f"{line:22} shape error: {e}")
    except CalcError as e:
        failed += 1
        print(f"{line:22} error: {e}")
    else:
        ok += 1
        print(f"{line:22} {result}")
    finally:
        pass
print(f"{ok} ok, {failed} failed, vars: {sorted(env)}")

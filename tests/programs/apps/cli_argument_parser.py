# A tiny hand-written argument parser (no argparse) exercised on several simulated command lines;
# keyword-only options, positional-only helpers, and a main() under the main guard.


class UsageError(Exception):
    pass


class Parser:
    def __init__(self, prog, /, *, description=""):
        self.prog = prog
        self.description = description
        self.options = {}
        self.positionals = []

    def option(self, name, /, *, short=None, default=None, kind=str, flag=False):
        self.options[name] = {"short": short, "default": default, "kind": kind, "flag": flag}
        return self

    def positional(self, name, /, *, nargs=1):
        self.positionals.append((name, nargs))
        return self

    def parse(self, argv):
        values = {n: (False if o["flag"] else o["default"]) for n, o in self.options.items()}
        shorts = {o["short"]: n for n, o in self.options.items() if o["short"]}
        rest = []
        it = iter(argv)
        for arg in it:
            if arg.startswith("--"):
                name, eq, val = arg[2:].partition("=")
                if name not in self.options:
                    raise UsageError(f"unknown option --{name}")
            elif arg.startswith("-") and len(arg) == 2:
                if arg[1] not in shorts:
                    raise UsageError(f"unknown option {arg}")
                name, eq, val = shorts[arg[1]], "", ""
            else:
                rest.append(arg)
                continue
            opt = self.options[name]
            if opt["flag"]:
                values[name] = True
                continue
            if not eq:
                val = next(it, None)
                if val is None:
                    raise UsageError(f"option --{name} needs a value")
            try:
                values[name] = opt["kind"](val)
            except ValueError:
                raise UsageError(f"bad value for --{name}: {val!r}") from None
        for name, nargs in self.positionals:
            if nargs == "*":
                values[name], rest = rest, []
            else:
                if len(rest) < nargs:
                    raise UsageError(f"missing argument {name}")
                values[name] = rest[0] if nargs == 1 else rest[:nargs]
                rest = rest[nargs:]
        if rest:
            raise UsageError(f"unexpected arguments {rest}")
        return values


def build():
    return (Parser("py2x", description="demo")
            .option("output", short="o", default="out")
            .option("level", short="O", default=0, kind=int)
            .option("verbose", short="v", flag=True)
            .positional("command")
            .positional("files", nargs="*"))


def main():
    lines = [
        "build a.py b.py",
        "-v --level=2 build main.py",
        "run -o dist --level 3 x.py",
        "--level=fast build",
        "--color build",
        "-o",
        "",
    ]
    for line in lines:
        try:
            print(f"{line!r:32} -> {build().parse(line.split())}")
        except UsageError as e:
            print(f"{line!r:32} !! {e}")


if __name__ == "__main__":
    main()

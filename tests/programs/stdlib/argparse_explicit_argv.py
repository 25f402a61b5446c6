# argparse with explicit argument lists (not sys.argv): subcommands, types, choices, defaults,
# mutually exclusive groups; parse errors are caught via exit_on_error=False.
import argparse


def build():
    p = argparse.ArgumentParser(prog="tool", exit_on_error=False)
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", exit_on_error=False)
    b.add_argument("target", choices=["native", "wasi", "web"])
    b.add_argument("-j", "--jobs", type=int, default=2)
    b.add_argument("--opt", type=int, choices=range(4), default=2)
    g = b.add_mutually_exclusive_group()
    g.add_argument("--release", action="store_true")
    g.add_argument("--debug", action="store_true")
    r = sub.add_parser("run", exit_on_error=False)
    r.add_argument("file")
    r.add_argument("args", nargs="*")
    r.add_argument("--env", action="append", default=[])
    return p


cases = [
    ["build", "wasi"],
    ["-vv", "build", "native", "-j", "8", "--release", "--opt", "3"],
    ["run", "main.py", "a", "b", "--env", "X=1", "--env", "Y=2"],
    ["build", "arm"],
    ["build", "web", "-j", "many"],
]
for argv in cases:
    try:
        ns = build().parse_args(argv)
        print(sorted(vars(ns).items()))
    except argparse.ArgumentError as e:
        print("ArgumentError for", e.argument_name)

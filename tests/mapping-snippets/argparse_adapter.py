# Snippet for the 'argparse' adapter (implemented in Python, compiled with the program).
import argparse
import sys
from argparse import (ONE_OR_MORE, OPTIONAL, PARSER, REMAINDER, SUPPRESS, ZERO_OR_MORE, Action,
                      ArgumentDefaultsHelpFormatter, ArgumentError, ArgumentParser, ArgumentTypeError,
                      BooleanOptionalAction, HelpFormatter, Namespace, RawDescriptionHelpFormatter,
                      RawTextHelpFormatter)

print(ONE_OR_MORE, OPTIONAL, PARSER, REMAINDER, SUPPRESS, ZERO_OR_MORE)


class Upper(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())


def even(text):
    n = int(text)
    if n % 2:
        raise ArgumentTypeError("%d is odd" % n)
    return n


p = ArgumentParser(prog="snip", description="Snippet parser.", formatter_class=HelpFormatter, exit_on_error=False)
p.add_argument("name", action=Upper, help="a name, upper-cased")
p.add_argument("-n", type=even, default=2, help="an even number")
p.add_argument("--color", action=BooleanOptionalAction, help="use colour")
p.add_argument("--level", nargs=OPTIONAL, const="mid", default="low", choices=["low", "mid", "high"])
p.add_argument("--ids", nargs=ONE_OR_MORE, type=int, action="extend")
p.add_argument("--skip", nargs=ZERO_OR_MORE)
p.print_help()
print(p.parse_args(["bob", "-n", "4", "--color", "--ids", "1", "2", "--ids", "3", "--level"]))
print(p.parse_args(["--no-color", "--skip", "x", "y", "--", "ann"]))
rem = ArgumentParser(prog="rem")
rem.add_argument("program")
rem.add_argument("rest", nargs=REMAINDER)
print(rem.parse_args(["run", "-n", "4", "--color"]))
try:
    p.parse_args(["-n", "3", "x"])
except ArgumentError as e:
    print("ArgumentError:", e)
print(repr(Namespace(a=1, b=[2])), Namespace(a=1) == Namespace(a=1), "b" in Namespace(a=1))

d = ArgumentParser(prog="defaults", formatter_class=ArgumentDefaultsHelpFormatter)
d.add_argument("--size", type=int, default=10, help="the size")
d.add_argument("--name", default="x", help="the name")
d.print_help()
raw = ArgumentParser(prog="raw", formatter_class=RawDescriptionHelpFormatter, description="keep\n   this layout")
raw.print_help()
rt = ArgumentParser(prog="rawtext", formatter_class=RawTextHelpFormatter)
rt.add_argument("--x", help="line one\n  line two")
rt.print_help()
cmd = ArgumentParser(prog="cmd")
subs = cmd.add_subparsers(dest="command", required=True, metavar=PARSER.lower())
go = subs.add_parser("go", help="go somewhere")
go.add_argument("where")
print(cmd.parse_args(["go", "home"]))
print(sys.argv[1:] == [], ArgumentParser(prog="plain").parse_args())
try:
    cmd.parse_args([])
except SystemExit as e:
    print("exit", e.code)

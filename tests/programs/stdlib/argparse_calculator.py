# A command-line calculator built on argparse: subcommands with aliases, typed positionals and options, a custom
# type function, mutually exclusive output modes, --help/--version output (caught SystemExit) and error messages
# for a series of fixed argument lists (stderr captured and printed), then an uncaught usage error (exit status 2).
import argparse
import contextlib
import io


def number(text):
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            raise argparse.ArgumentTypeError("not a number: %r" % text)


def build_parser():
    parser = argparse.ArgumentParser(
        prog="calc",
        description="Combine numbers with an arithmetic operation and print the result in one of several formats.",
        epilog="Operations may be abbreviated with their aliases, e.g. 'calc + 1 2'.")
    parser.add_argument("--version", action="version", version="%(prog)s 2.1")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="explain each step (repeat for more)")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--hex", action="store_true", help="print integers in hexadecimal")
    out.add_argument("--sci", action="store_true", help="print in scientific notation")
    parser.add_argument("-p", "--precision", type=int, default=4, metavar="DIGITS",
                        help="digits after the decimal point for float results (default: %(default)s)")
    commands = parser.add_subparsers(dest="command", title="operations", metavar="OP", required=True)
    add = commands.add_parser("add", aliases=["+"], help="sum of all the numbers")
    add.add_argument("values", nargs="+", type=number, metavar="X")
    mul = commands.add_parser("mul", aliases=["*"], help="product of all the numbers")
    mul.add_argument("values", nargs="+", type=number, metavar="X")
    power = commands.add_parser("pow", help="base raised to an exponent, optionally modulo M")
    power.add_argument("base", type=number)
    power.add_argument("exponent", type=int)
    power.add_argument("--mod", type=int, choices=range(2, 100), metavar="M")
    stats = commands.add_parser("stats", help="mean, minimum and maximum")
    stats.add_argument("values", nargs="*", type=number, default=[0])
    stats.add_argument("--only", action="append", choices=["mean", "min", "max"], help="which statistic to show")
    return parser


def render(value, args):
    if isinstance(value, int):
        return hex(value) if args.hex else str(value)
    if args.sci:
        return "%.*e" % (args.precision, value)
    return "%.*f" % (args.precision, value)


def run(argv):
    print("$ calc " + " ".join(argv))
    parser = build_parser()
    errors = io.StringIO()
    try:
        with contextlib.redirect_stderr(errors):
            args = parser.parse_args(argv)
    except SystemExit as e:
        print(errors.getvalue(), end="")
        print("[exit status %s]" % e.code)
        return
    if args.verbose:
        print("parsed:", args)
    if args.command in ("add", "+"):
        result = sum(args.values)
    elif args.command in ("mul", "*"):
        result = 1
        for v in args.values:
            result *= v
    elif args.command == "pow":
        result = pow(args.base, args.exponent, args.mod) if args.mod else args.base ** args.exponent
    else:
        values = args.values
        shown = args.only or ["mean", "min", "max"]
        for name in shown:
            if name == "mean":
                print("mean =", render(sum(values) / len(values), args))
            elif name == "min":
                print("min =", render(min(values), args))
            else:
                print("max =", render(max(values), args))
        return
    print(render(result, args))


run(["add", "1", "2", "3.5"])
run(["-vv", "+", "10", "20", "--", "-5"])
run(["--hex", "mul", "4", "64"])
run(["--sci", "-p", "2", "mul", "1.5", "1e5"])
run(["pow", "3", "4", "--mod", "7"])
run(["stats", "4", "8", "15", "16", "23", "42", "--only", "mean", "--only=max"])
run(["stats"])
run(["--help"])
run(["pow", "-h"])
run(["--version"])
run(["div", "1", "2"])
run(["add"])
run(["add", "one"])
run(["pow", "2", "3", "--mod", "1"])
run(["--hex", "--sci", "add", "1"])
run(["stats", "--only", "median"])
run(["add", "1", "--unknown"])
run([])
build_parser().parse_args(["--precision", "x", "add", "1"])
print("not reached")

# Exception chaining: raise ... from, implicit __context__, from None, inspecting __cause__.


class ParseError(Exception):
    pass


def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"not a number: {s!r}") from e


def parse_quiet(s):
    try:
        return int(s)
    except ValueError:
        raise ParseError(f"bad {s!r}") from None


def implicit(s):
    try:
        return int(s)
    except ValueError:
        raise ParseError("during handling")


for fn in (parse_int, parse_quiet, implicit):
    try:
        fn("12x")
    except ParseError as e:
        cause = e.__cause__
        ctx = e.__context__
        print(fn.__name__, "|", e, "|", type(cause).__name__ if cause else None,
              "|", type(ctx).__name__ if ctx else None, "|", e.__suppress_context__)
print(parse_int("42"))


def layered():
    try:
        try:
            [][0]
        except IndexError as e:
            raise KeyError("layer2") from e
    except KeyError as e:
        raise RuntimeError("layer3") from e


try:
    layered()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__
    print(" <- ".join(chain))

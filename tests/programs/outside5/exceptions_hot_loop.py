"""Exceptions raised and caught in hot loops: EAFP lookups, custom hierarchies, finally/else, chaining."""


class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


class FieldError(ParseError):
    pass


def parse_int(s):
    try:
        return int(s)
    except ValueError:
        return None


def eafp_sum(d, keys):
    total = 0
    misses = 0
    for k in keys:
        try:
            total += d[k]
        except KeyError:
            misses += 1
    return total, misses


def safe_div(pairs):
    out = []
    for a, b in pairs:
        try:
            r = a / b
        except ZeroDivisionError:
            r = float("inf")
        except TypeError as e:
            r = str(e)
        else:
            r = round(r, 3)
        finally:
            pass
        out.append(r)
    return out


def parse_records(lines):
    good, errors = [], []
    for i, line in enumerate(lines, 1):
        try:
            parts = line.split(",")
            if len(parts) != 3:
                raise FieldError(i, f"expected 3 fields, got {len(parts)}")
            name, age, score = parts
            if not name:
                raise ParseError(i, "empty name")
            good.append((name, int(age), float(score)))
        except FieldError as e:
            errors.append(("field", e.line, str(e)))
        except ParseError as e:
            errors.append(("parse", e.line, str(e)))
        except ValueError as e:
            errors.append(("value", i, str(e)))
    return good, errors


vals = [str(i) if i % 5 else f"x{i}" for i in range(20000)]
parsed = [parse_int(v) for v in vals]
print(sum(p for p in parsed if p is not None), parsed.count(None))
d = {i: i * 2 for i in range(0, 10000, 3)}
print(eafp_sum(d, range(10000)))
print(safe_div([(1, 2), (3, 0), (2, "x"), (10, 3), (-1, 7)]))
lines = ["ann,31,88.5", "bob,x,70", ",40,1", "cy,22", "dee,29,91.25", "eve,35,abc"]
good, errs = parse_records(lines * 500)
print(len(good), len(errs), good[:2])
for e in errs[:4]:
    print(e)


def depth(n):
    if n == 0:
        raise RecursionError("bottom") if False else LookupError("bottom reached")
    try:
        return depth(n - 1)
    finally:
        counter[0] += 1


counter = [0]
try:
    depth(50)
except LookupError as e:
    print("LookupError", e, counter[0])


def convert(v):
    try:
        return int(v)
    except ValueError as e:
        raise TypeError(f"bad value {v!r}") from e


try:
    convert("zz")
except TypeError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
caught = 0
for i in range(30000):
    try:
        if i % 3 == 0:
            raise IndexError(i)
        if i % 3 == 1:
            raise KeyError(i)
        [][i]
    except (IndexError, KeyError) as e:
        caught += 1
print(caught)
it = iter(range(5))
items = []
while True:
    try:
        items.append(next(it))
    except StopIteration:
        break
print(items)
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")]) if False else ValueError("x", 1)
except ValueError as e:
    print(e.args, str(e), repr(e))
e = ParseError(3, "oops")
print(isinstance(e, Exception), ParseError.__mro__[1].__name__, e.line, e.args)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)

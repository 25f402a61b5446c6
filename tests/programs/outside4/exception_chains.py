import sys
class ValidationError(ValueError):
    pass
class Config:
    def __init__(self, data):
        self.data = data
    def get(self, key):
        try:
            return self.data[key]
        except KeyError as e:
            raise ValidationError(f"missing key {key}") from e
def parse_int(s):
    try:
        return int(s)
    except ValueError:
        return None
    finally:
        pass
print([parse_int(s) for s in ["12", "x", " 7 ", "3.5", "-0"]])
c = Config({"a": 1})
try:
    c.get("b")
except ValidationError as e:
    print("caught", e, "cause:", repr(e.__cause__), isinstance(e, ValueError))
def risky(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return 10 / n
results = []
for n in [2, 0, 5]:
    try:
        r = risky(n)
    except ZeroDivisionError as e:
        results.append(f"err:{e}")
    else:
        results.append(r)
    finally:
        results.append("f")
print(results)
try:
    try:
        [1, 2][5]
    except IndexError:
        {}["x"]
except KeyError as e:
    print("ctx", type(e.__context__).__name__, e.__context__, repr(e))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)]) if False else RuntimeError("plain")
except RuntimeError as e:
    print(e.args)
errs = []
for thing in [None, "s", 3, [1]]:
    try:
        thing + 1
    except TypeError as e:
        errs.append(str(e))
for e in errs:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
class E2(Exception):
    def __str__(self):
        return "custom str"
try:
    raise E2("x", 2)
except Exception as e:
    print(e, e.args, repr(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(ValueError()))
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    deep(n - 1)
try:
    deep(3)
except LookupError as e:
    print("lookup", e)
sys.stdout.flush()
def main():
    c.get("zz")
main()

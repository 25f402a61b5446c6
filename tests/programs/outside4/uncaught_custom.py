class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class ParseError(AppError):
    pass
def parse(line, lineno):
    parts = line.split("=")
    if len(parts) != 2:
        raise ParseError(2, f"line {lineno}: expected key=value, got {line!r}")
    k, v = (p.strip() for p in parts)
    if not k:
        raise ParseError(3, f"line {lineno}: empty key")
    return k, v
def load(text):
    out = {}
    for i, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        k, v = parse(line, i)
        if v.isdigit():
            v = int(v)
        elif v.lower() in ("true", "false"):
            v = v.lower() == "true"
        out[k] = v
    return out
print(load("a = 1\n# comment\nb = hello # trailing\nc=true\n"))
for bad in ["x", "=5", "a=1\nb"]:
    try:
        load(bad)
    except ParseError as e:
        print(e.code, e)
assert load("q=2") == {"q": 2}, "roundtrip"
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert", repr(e), e.args)
def validate(cfg):
    missing = [k for k in ("host", "port") if k not in cfg]
    if missing:
        raise AppError(4, "missing: " + ", ".join(missing))
try:
    validate({"host": "x"})
except AppError as e:
    print(type(e).__name__, e.code, str(e))
print("about to fail")
validate(load("host = example\nport_ = 80"))
print("never printed")

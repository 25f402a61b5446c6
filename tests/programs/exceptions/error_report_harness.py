# An error-reporting harness: runs jobs, and from helper functions called inside the except block reads the
# exception being handled with sys.exc_info()/sys.exception(), formats it with traceback.format_exception_only,
# and walks the __cause__/__context__ chain (including exceptions raised and caught in called functions).
import sys
import traceback


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"{job}: {reason}")
        self.job = job


def describe_current():
    etype, value, tb = sys.exc_info()
    assert sys.exception() is value
    parts = traceback.format_exception_only(etype, value)
    return etype.__name__, "".join(parts).rstrip("\n"), tb is not None


def chain(exc):
    out = []
    while exc is not None:
        out.append(type(exc).__name__)
        if exc.__cause__ is not None:
            out.append("<cause>")
            exc = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            out.append("<context>")
            exc = exc.__context__
        else:
            exc = None
    return " ".join(out)


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise JobError("parse", f"bad port {text!r}") from e


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return cleanup(key)


def cleanup(key):
    # Raised while the KeyError is being handled by the caller: gets it as __context__.
    raise RuntimeError(f"cleanup failed for {key}")


def quiet(text):
    try:
        return int(text)
    except ValueError:
        raise JobError("quiet", "no chain") from None


jobs = [
    ("port ok", lambda: parse_port("8080")),
    ("port bad", lambda: parse_port("80a")),
    ("lookup", lambda: lookup({"a": 1}, "b")),
    ("divide", lambda: 10 // 0),
    ("quiet", lambda: quiet("x")),
    ("nested", lambda: [][3]),
]
report = []
for name, job in jobs:
    try:
        result = job()
    except Exception as exc:
        kind, text, has_tb = describe_current()
        report.append((name, "FAIL", kind))
        print(f"[{name}] {text} (traceback: {has_tb})")
        print(f"    chain: {chain(exc)}")
        try:
            if isinstance(exc, JobError):
                raise
        except JobError as again:
            print("    re-raised:", again.job, sys.exception() is again)
        print("    still handling:", type(sys.exception()).__name__)
    else:
        report.append((name, "ok", result))
        print(f"[{name}] ok -> {result}", sys.exc_info())
print("after jobs:", sys.exception(), sys.exc_info())
for row in report:
    print(*row, sep=" | ")

class AppError(Exception):
    """Base error."""


class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return f"config key {self.key!r} is {self.reason}"


class NetworkError(AppError):
    pass


class RetryableError(NetworkError):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__(f"gave up after {attempts} attempts")


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key) from e


def parse_port(cfg):
    raw = load(cfg, "port")
    try:
        return int(raw)
    except ValueError:
        raise ConfigError("port", f"not a number ({raw!r})")


for cfg in [{"port": "8080"}, {}, {"port": "http"}]:
    try:
        print("port", parse_port(cfg))
    except ConfigError as e:
        print("str:", e)
        print("repr:", repr(e))
        print("args:", e.args)
        print("cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)

errs = [AppError(), AppError("one"), AppError("a", 2), NetworkError("down"), RetryableError(3),
        ValueError("bad value"), KeyError("k"), KeyError(), IndexError("list index out of range"),
        ZeroDivisionError("division by zero"), OSError(2, "No such file"), StopIteration(5),
        Exception(None), RuntimeError(""), TypeError("x", "y")]
for e in errs:
    print(f"{type(e).__name__:<18} str={str(e)!r:<28} repr={e!r}")
print(RetryableError(3).attempts, isinstance(RetryableError(1), AppError), issubclass(ConfigError, Exception))
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, StopIteration(5).value)


def risky(n):
    try:
        if n == 0:
            raise NetworkError("timeout")
        if n == 1:
            return 1 / 0
        if n == 2:
            [][5]
        return n
    except ZeroDivisionError as e:
        raise RetryableError(n) from None
    finally:
        print(f"  cleanup {n}")


for n in range(4):
    try:
        print("ok", risky(n))
    except AppError as e:
        print(f"AppError subtype {type(e).__name__}: {e}; cause={e.__cause__!r} ctx={type(e.__context__).__name__} suppress={e.__suppress_context__}")
    except LookupError as e:
        print("lookup", repr(e), type(e).__mro__[1].__name__)


def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("middle")
    except TypeError as t:
        raise RuntimeError("outer") from t


try:
    nested()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))

try:
    try:
        raise AppError("first")
    except AppError as e:
        saved = e
        raise
except AppError as again:
    print(again is saved, again.args)
e = ConfigError("x")
print(e.args, str(e), ConfigError.__doc__, AppError.__doc__, ConfigError.__mro__[-3].__name__)

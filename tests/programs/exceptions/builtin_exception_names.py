# The less common built-in exception and warning classes: hierarchy, aliases and exception groups.
print(FutureWarning, PendingDeprecationWarning.__mro__)
for w in [BytesWarning, EncodingWarning, ImportWarning, ResourceWarning, SyntaxWarning, UnicodeWarning,
          BlockingIOError, ChildProcessError, InterruptedError, ProcessLookupError, TabError, UnicodeTranslateError]:
    print(w.__name__, w.__bases__)
print(EnvironmentError is OSError, IOError is OSError, IOError)
print(__debug__)


def fetch(path):
    raise IOError("cannot read " + path)


try:
    fetch("config.ini")
except EnvironmentError as e:
    print(type(e).__name__, e)

try:
    raise ExceptionGroup("batch failed", [ValueError(1), TypeError("two"), ValueError(3)])
except ExceptionGroup as eg:
    print(repr(eg))
    values, rest = eg.split(ValueError)
    print(values.exceptions, rest.exceptions)
    print(eg.subgroup(lambda e: isinstance(e, TypeError)))

group = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("v")])
print(type(group).__name__, isinstance(group, Exception), group.exceptions)
print(type(BaseExceptionGroup("only", [ValueError()])).__name__)
try:
    raise FutureWarning("deprecated soon")
except Warning as w:
    print(type(w).__name__, w, isinstance(w, Exception))

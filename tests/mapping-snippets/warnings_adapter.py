# Snippet for the 'warnings' adapter (implemented in Python, compiled with the program).
import warnings
from warnings import (WarningMessage, catch_warnings, defaultaction, filters, filterwarnings, formatwarning,
                      onceregistry, resetwarnings, showwarning, simplefilter, warn, warn_explicit)

print(defaultaction, onceregistry, len(filters), [f[0] for f in filters])
print(formatwarning("careful", RuntimeWarning, "prog.py", 12, "  do_it()"), end="")
print(WarningMessage("m", FutureWarning, "f.py", 1))
with catch_warnings(record=True) as caught:
    simplefilter("always")
    warn("one")
    warn("two", FutureWarning)
    warn(DeprecationWarning("three"))
    warn_explicit("four", SyntaxWarning, "gen.py", 4)
    print([(str(w.message), w.category.__name__) for w in caught])
    print(caught[-1].filename, caught[-1].lineno)
with catch_warnings():
    filterwarnings("error", "bad.*", UserWarning)
    try:
        warn("bad news")
    except UserWarning as e:
        print("raised:", e)
    resetwarnings()
    print(len(warnings.filters))
print(len(warnings.filters), showwarning is warnings.showwarning)
lines = []
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: lines.append(str(message))
with catch_warnings(record=False, action="always"):
    warn("hooked")
    warn("hooked")
print(lines)

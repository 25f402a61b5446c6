# `from m import *`: without __all__ every public name bound at that moment (imports included, deleted or
# never-bound names excluded); __all__ may list private names and submodules (imported on demand) and a missing
# name raises AttributeError after the earlier names were bound; dir() at module level.
from _star_noall import *

print(visible, area(2), shout("hey"), math.sqrt(16))
for name in ("_hidden", "gone", "never_bound", "late", "make_late"):
    print(name, name in dir())
make_late()
import _star_noall
print(_star_noall.late, "late" in dir())

from _starpkg import *
print(greet("star"), _semi_private, extras.ITEMS, "greet" in dir())

try:
    from _star_bad import *
except AttributeError as e:
    print("AttributeError:", e)
print("first" in dir(), "third" in dir())
print([n for n in dir() if n.startswith("__")])

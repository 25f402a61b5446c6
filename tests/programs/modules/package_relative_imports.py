# A package whose modules import each other with relative imports (from . / from .. / from .mod), submodules
# loaded on first use, a package attribute shadowing a submodule, and `import pkg.sub.mod` binding the package.
import _pkgrel
from _pkgrel import Engine, util

print(sorted(n for n in _pkgrel.__all__))
e = Engine(42)
print(e.run(4), util.describe(e), _pkgrel.DEFAULT_SPEED)

# `helper` is a global of the package, so `from _pkgrel import helper` does not load the submodule...
from _pkgrel import helper
print(helper)
# ...but importing the submodule by its dotted name does, and then rebinds the package attribute.
import _pkgrel.helper
print(type(_pkgrel.helper).__name__, _pkgrel.helper.VALUE)

# A submodule nobody imported yet is loaded by `from package import name`.
print(hasattr(_pkgrel, "lazy"))
from _pkgrel import lazy
print(hasattr(_pkgrel, "lazy"), lazy.reveal(), _pkgrel.lazy is lazy)

import _pkgrel.sub.deep
print(_pkgrel.sub.deep.boosted(), _pkgrel.sub.BASE, _pkgrel.sub.parent_util is util)
import _pkgrel.sub.deep as d2
print(d2 is _pkgrel.sub.deep, d2.__name__)

try:
    from _pkgrel import no_such_name
except ImportError as exc:
    print("ImportError", type(exc).__name__, exc.name)

# from module import * honours __all__; module state is shared between import sites.
from _textutils import *
import _textutils

print(slugify("Hello, World! This is py2wasm"), slugify("  --Already--slugged--  "))
print(word_count("one two  three"), _textutils.CALLS)
print("_private_helper" in dir(), hasattr(_textutils, "_private_helper"), _textutils._private_helper())
c = Counter()
c()
c()
print(c(), c.n)
_textutils.CALLS["slugify"] = 100
slugify("x")
print(_textutils.CALLS["slugify"])

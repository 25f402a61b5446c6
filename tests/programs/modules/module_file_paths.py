# __file__ of the main script and of imported modules: CPython gives absolute paths.
import os
import sys
import _textutils
from _shop import catalog

here = os.path.dirname(__file__)
print(os.path.basename(__file__), os.path.isabs(__file__))
print(os.path.basename(_textutils.__file__), os.path.dirname(_textutils.__file__) == here)
print(os.path.relpath(catalog.__file__, here).replace(os.sep, "/"))
print(os.path.basename(sys.argv[0]))


def where():
    return os.path.splitext(os.path.basename(__file__))[0]


print(where(), __name__, _textutils.__name__, catalog.__name__)

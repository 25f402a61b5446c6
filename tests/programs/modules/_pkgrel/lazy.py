print("init", __name__)
from ._private import SECRET as _SECRET


def reveal():
    return _SECRET[::-1]

"""gc for compiled programs: the collector's switches and thresholds.

Compiled programs free objects by reference counting, as CPython does, but have no cycle collector: objects in
reference cycles are never freed. So what CPython's collector reports or does cannot be reproduced, and the
compiler rejects it (PY4005): collect, get_count, get_stats, get_objects, get_referrers, get_referents, is_tracked,
freeze/unfreeze/get_freeze_count, set_debug and callbacks. What is kept is the state a program sets and reads
back: enable/disable/isenabled, set_threshold/get_threshold, get_debug (0, as set_debug is not provided), garbage
(always empty: nothing is found uncollectable) and is_finalized (False: no collector ever finalizes an object).
"""

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []

_state = {"enabled": True, "threshold": (700, 10, 10)}


def _no_args(name, args):
    if args:
        raise TypeError("gc.%s() takes no arguments (%d given)" % (name, len(args)))


def _c_int(value):
    """value as CPython's "i" argument format converts it (a C int)."""
    if isinstance(value, int):
        v = int(value)
    elif hasattr(type(value), "__index__"):
        v = value.__index__()
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if v >= 2 ** 63 or v < -2 ** 63:
        raise OverflowError("Python int too large to convert to C long")
    if v > 2 ** 31 - 1:
        raise OverflowError("signed integer is greater than maximum")
    if v < -2 ** 31:
        raise OverflowError("signed integer is less than minimum")
    return v


def enable(*args):
    """Enables automatic garbage collection."""
    _no_args("enable", args)
    _state["enabled"] = True


def disable(*args):
    """Disables automatic garbage collection."""
    _no_args("disable", args)
    _state["enabled"] = False


def isenabled(*args):
    """True if automatic collection is enabled."""
    _no_args("isenabled", args)
    return _state["enabled"]


def get_debug(*args):
    """The debugging flags: 0 (set_debug is not provided)."""
    _no_args("get_debug", args)
    return 0


def get_threshold(*args):
    """The collection thresholds, as a tuple of three ints."""
    _no_args("get_threshold", args)
    return _state["threshold"]


def set_threshold(*args):
    """Sets the collection thresholds (the ones not given are kept)."""
    if not args:
        raise TypeError("set_threshold() takes at least 1 argument (0 given)")
    if len(args) > 3:
        raise TypeError("set_threshold() takes at most 3 arguments (%d given)" % len(args))
    values = list(_state["threshold"])
    for i, a in enumerate(args):
        values[i] = _c_int(a)
    _state["threshold"] = (values[0], values[1], values[2])


def is_finalized(*args):
    """True if the collector has finalized the object: never, as there is no cycle collector."""
    if len(args) != 1:
        raise TypeError("gc.is_finalized() takes exactly one argument (%d given)" % len(args))
    return False

# A library keeps old names working through deprecation shims that warn; the application checks them with
# warnings.catch_warnings(record=True), turns some warnings into errors, silences others by message pattern,
# and routes the rest through a replaced showwarning hook.
import warnings


class PendingRemoval(DeprecationWarning):
    """Deprecated names that go away in the next release."""


class ConfigWarning(UserWarning):
    pass


def deprecated(new_func, old_name, category=DeprecationWarning):
    def shim(*args, **kwargs):
        warnings.warn("%s() is deprecated; use %s()" % (old_name, new_func.__name__), category, stacklevel=2)
        return new_func(*args, **kwargs)
    shim.__name__ = old_name
    return shim


def area(width, height):
    return width * height


def scale(value, factor=2):
    return value * factor


get_area = deprecated(area, "get_area")
times_two = deprecated(scale, "times_two", PendingRemoval)


def load_config(options):
    config = {"size": 10, "mode": "fast"}
    for key, value in options.items():
        if key not in config:
            warnings.warn("unknown option %r ignored" % key, ConfigWarning)
            continue
        config[key] = value
    if config["size"] > 100:
        warnings.warn(ConfigWarning("size %d is large" % config["size"]))
    return config


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(get_area(3, 4), times_two(21), get_area(1, 1))
    print(load_config({"size": 500, "colour": "red", "mode": "exact"}))
    for w in caught:
        print("%-15s %-20s %s" % (w.category.__name__, type(w.message).__name__, w.message))
    print(issubclass(caught[1].category, DeprecationWarning), isinstance(caught[1].message, PendingRemoval))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="unknown option")
    warnings.filterwarnings("error", category=PendingRemoval)
    load_config({"speed": 1, "size": 1000})
    try:
        times_two(5)
    except PendingRemoval as e:
        print("error:", e)
    print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    for n in range(4):
        load_config({"extra": n})
    print("default action shows a repeated warning once:", len(caught))
    warnings.simplefilter("once", ConfigWarning)
    load_config({"other": 1})
    load_config({"other": 1})
    print("once:", [str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore", DeprecationWarning)
    get_area(2, 2)
    times_two(1)
    print("ignored subclasses too:", len(caught))

log = []


def to_log(message, category, filename, lineno, file=None, line=None):
    log.append("%s: %s" % (category.__name__, message))


saved = warnings.showwarning
warnings.showwarning = to_log
with warnings.catch_warnings():
    warnings.simplefilter("always")
    load_config({"verbose": True})
    get_area(5, 5)
warnings.showwarning = saved
print(log)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        load_config({"size": 101})
    except ConfigWarning as e:
        print("as exception:", type(e).__name__, e.args)
print(warnings.formatwarning("size is large", ConfigWarning, "config.py", 42, "    check(size)"), end="")

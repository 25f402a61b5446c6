# The dunder methods None, NotImplemented and other built-in values answer when called
# directly, as a generic comparison helper does.

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


values = [None, 0, 1, 2.5, "a", (1,), [1], {1}, frozenset({1}), {1: 2}]
for a in values:
    for b in values:
        for name in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]:
            attempt(f"{a!r}.{name}({b!r})", lambda: getattr(a, name)(b))

x = None
attempt("None.__bool__()", lambda: x.__bool__())
attempt("None.__repr__()", lambda: x.__repr__())
attempt("None.__str__()", lambda: x.__str__())
attempt("None.__hash__", lambda: x.__hash__() == hash(None))
attempt("None.__class__", lambda: x.__class__)
attempt("None.__class__.__name__", lambda: x.__class__.__name__)
attempt("None.__format__", lambda: x.__format__(">6"))
attempt("None.__eq__ two args", lambda: x.__eq__(None, 1))
attempt("None.missing", lambda: x.missing)
attempt("type(None)()", lambda: type(None)())
attempt("type(None)(1)", lambda: type(None)(1))
attempt("type(NotImplemented)()", lambda: type(NotImplemented)())
attempt("hasattr __eq__", lambda: hasattr(None, "__eq__"))
attempt("hasattr real", lambda: hasattr(None, "real"))
for v in [3, 2.5, "s", [1], (2,), {3}, {4: 5}, b"b", range(2), True]:
    attempt(f"{v!r}.__class__", lambda: v.__class__)
    attempt(f"{v!r}.__class__ is type", lambda: v.__class__ is type(v))


def first_equal(items, target):
    # A helper written against the protocol: NotImplemented means "ask the other side".
    for i, item in enumerate(items):
        r = item.__eq__(target)
        if r is NotImplemented:
            r = target.__eq__(item)
        if r is True:
            return i
    return -1


print(first_equal([1, None, "x"], None))
print(first_equal([None, 2.0, "x"], 2))
print(first_equal([None, 2.0, "x"], "y"))

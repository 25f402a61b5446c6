# Inspecting exceptions without printing tracebacks: type names, args, __traceback__ presence,
# with_traceback, and re-raising a stored exception later.
saved = []


def fail(n):
    if n % 2:
        raise ValueError(n)
    raise LookupError(f"even {n}")


for i in range(4):
    try:
        fail(i)
    except Exception as e:
        saved.append(e)
print([(type(e).__name__, e.args) for e in saved])
print(all(e.__traceback__ is not None for e in saved))
try:
    raise saved[1]
except ValueError as e:
    print("re-raised", e is saved[1], e.args[0])
err = RuntimeError("manual")
print(err.__traceback__ is None, err.__cause__, err.__context__)
try:
    try:
        raise saved[0]
    except LookupError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as outer:
    print(outer, "<-", outer.__cause__, "|", type(outer.__cause__).__name__)
e2 = KeyError("k")
print(e2.with_traceback(None) is e2, str(e2), repr(e2))

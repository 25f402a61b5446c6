# traceback: format_exception_only for built-in, user-defined and chained exceptions, with notes; sys.exc_info().
import sys
import traceback


class AppError(Exception):
    pass


class Quiet(Exception):
    def __str__(self):
        return ""


def fail(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        raise AppError("config missing", 3)
    if kind == 2:
        raise Quiet()
    if kind == 3:
        e = ValueError("bad value")
        e.__notes__ = ["while parsing line 4", "second note\nwith two lines"]
        raise e
    return {}["key"]


for kind in range(5):
    try:
        fail(kind)
    except Exception:
        t, v, _ = sys.exc_info()
        print(t.__name__, traceback.format_exception_only(t, v))
        print("".join(traceback.format_exception_only(sys.exception())), end="")
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(KeyError("k")))

# print_exc / print_exception write to stderr (checked here: they run, print nothing on stdout, and return None).
for kind in range(5):
    try:
        fail(kind)
    except Exception as e:
        print(kind, traceback.print_exc(), traceback.print_exception(e), traceback.print_exception(type(e), e, e.__traceback__))
try:
    try:
        fail(1)
    except AppError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    print("chained", traceback.print_exc(file=sys.stderr))
print("no exception", traceback.print_exc(), traceback.print_exception(None))

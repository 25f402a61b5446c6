# __context__ of exceptions raised while another is handled: in except blocks (explicit raise or an
# error from a call), in finally blocks, and the unbinding of `except ... as name` names.


def error_in_finally():
    try:
        raise ValueError("lost")
    finally:
        raise RuntimeError("from finally")


def error_in_handler(d):
    try:
        return d["missing"]
    except KeyError:
        return 1 / 0


def finally_flow():
    log = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f"body {i}")
        finally:
            log.append(f"finally {i}")
    return log


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


for fn, arg in [(error_in_finally, None), (error_in_handler, {})]:
    try:
        fn() if arg is None else fn(arg)
    except Exception as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__), "| cause:", e.__cause__)

print(finally_flow(), finally_overrides())

try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not reached")
except TypeError as e:
    print("outer caught", e, e.__context__)

try:
    int("x")
except ValueError as err:
    print("handled", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

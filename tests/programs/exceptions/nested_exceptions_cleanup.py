# Nested try blocks, re-raise with bare raise, exception in except/finally, cleanup ordering.

log = []


def risky(n):
    log.append(f"risky({n})")
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    return n * 10


def process(values):
    results = []
    for v in values:
        try:
            try:
                results.append(risky(v))
            except ValueError:
                log.append(f"inner caught {v}")
                if v > 5:
                    raise
                results.append(-1)
            finally:
                log.append(f"inner finally {v}")
        except ValueError as e:
            log.append(f"outer caught: {e}")
            results.append(None)
    return results


print(process([1, 3, 4, 6, 7, 9]))
print("\n".join(log))


def error_in_handler():
    try:
        raise KeyError("first")
    except KeyError:
        raise TypeError("second")


try:
    error_in_handler()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))


def error_in_finally():
    try:
        raise ValueError("lost")
    finally:
        raise RuntimeError("from finally")


try:
    error_in_finally()
except Exception as e:
    print(repr(e), repr(e.__context__))

# Subtle finally semantics: return value evaluated before finally, mutation in finally, break/continue
# in finally (allowed since 3.8), exception replaced by return in finally.


def evaluated_before():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


def number_before():
    n = 1
    try:
        return n
    finally:
        n = 100


def swallow_with_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def loop_control():
    out = []
    for i in range(4):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        except KeyError:
            out.append("k")
            continue
        finally:
            out.append(f"f{i}")
    return out


def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")


print(evaluated_before(), number_before(), swallow_with_return())
print(loop_control())
print(nested_finally())

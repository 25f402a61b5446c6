# An ExceptionGroup that escapes: except* handles part of it, the handler raises, and CPython's boxed
# traceback of the combined group ends the program (exit status 1).

def work(n):
    errors = []
    for i in range(n):
        try:
            if i % 2:
                raise ValueError(f"odd {i}")
            if i % 3 == 0:
                raise TypeError(f"three {i}")
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("work failed", errors)


try:
    work(6)
except* TypeError as e:
    print("types:", [str(x) for x in e.exceptions])
    raise KeyError("from handler")

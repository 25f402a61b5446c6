def fail(n):
    raise ValueError(n)


def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    return errors


eg = ExceptionGroup("batch", [*collect(), BaseExceptionGroup("inner", [TypeError("t"), KeyError("k")])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, LookupError)))
print(len(eg.exceptions), eg.message, str(eg))
raise eg

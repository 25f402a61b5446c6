# A validation pipeline whose domain errors format their own messages (__str__/__repr__);
# the last one escapes, so the traceback's final line must use the class's __str__.


class ValidationError(Exception):
    def __init__(self, field, value, reason):
        super().__init__(field, value)
        self.field = field
        self.value = value
        self.reason = reason

    def __str__(self):
        return f"{self.field}={self.value!r}: {self.reason}"

    def __repr__(self):
        return f"ValidationError<{self.field}>"


class RangeError(ValidationError):
    def __init__(self, field, value, lo, hi):
        super().__init__(field, value, f"not in [{lo}, {hi}]")
        self.lo, self.hi = lo, hi


class BrokenStr(Exception):
    def __str__(self):
        raise RuntimeError("cannot format")


def check_age(record):
    age = record.get("age")
    if not isinstance(age, int):
        raise ValidationError("age", age, "must be an int")
    if not 0 <= age <= 150:
        raise RangeError("age", age, 0, 150)
    return age


records = [{"age": 31}, {"age": "x"}, {"age": 200}, {"age": 7}]
errors = []
for rec in records:
    try:
        print("ok", check_age(rec))
    except ValidationError as e:
        errors.append(e)
        print("bad:", e, "|", repr(e), "|", e.args)

print(errors)
print([str(e) for e in errors], [type(e).__name__ for e in errors])
try:
    raise BrokenStr("hidden")
except BrokenStr as e:
    print("repr still works:", repr(e))

summary = "; ".join(map(str, errors))
print(f"{len(errors)} errors: {summary}")
check_age({"age": -3})

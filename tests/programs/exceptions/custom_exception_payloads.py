# Custom exceptions carrying structured payloads, overriding __str__, pickling-free copies via args,
# and aggregating many validation errors into one exception.


class FieldError(Exception):
    def __init__(self, field, problem, value=None):
        super().__init__(field, problem, value)
        self.field, self.problem, self.value = field, problem, value

    def __str__(self):
        return f"{self.field}: {self.problem}" + (f" (got {self.value!r})" if self.value is not None else "")


class ValidationFailed(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} validation error(s)")
        self.errors = errors

    def summary(self):
        return "; ".join(str(e) for e in self.errors)


RULES = {
    "name": lambda v: None if isinstance(v, str) and v.strip() else "required",
    "age": lambda v: None if isinstance(v, int) and 0 <= v < 150 else "must be 0..149",
    "email": lambda v: None if isinstance(v, str) and "@" in v else "invalid email",
}


def validate(record):
    errors = []
    for field, rule in RULES.items():
        problem = rule(record.get(field))
        if problem:
            errors.append(FieldError(field, problem, record.get(field)))
    if errors:
        raise ValidationFailed(errors)
    return True


for rec in [{"name": "Ann", "age": 30, "email": "a@b.c"}, {"name": " ", "age": 200, "email": "nope"}, {"age": 5}]:
    try:
        print(validate(rec))
    except ValidationFailed as e:
        print(e, "|", e.summary())
        print([ (x.field, x.args) for x in e.errors])
err = FieldError("zip", "too short", "12")
print(repr(err), str(err), err.args, isinstance(err, Exception))

import sys


class ValidationError(Exception):
    pass


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append("name missing")
    age = record.get("age")
    if not isinstance(age, int) or not 0 <= age <= 150:
        errors.append(f"bad age {age!r}")
    email = record.get("email", "")
    if email.count("@") != 1 or "." not in email.split("@")[-1]:
        errors.append(f"bad email {email!r}")
    if errors:
        raise ValidationError("; ".join(errors))
    return True


records = [
    {"name": "ann", "age": 31, "email": "ann@example.com"},
    {"name": "", "age": 200, "email": "nope"},
    {"name": "bob", "age": "12", "email": "b@x.org"},
    {"name": "cy", "age": 45, "email": "cy@@x.org"},
    {"name": "di", "age": 0, "email": "di@y.io"},
]
bad = 0
for i, r in enumerate(records):
    try:
        validate(r)
        print(f"record {i}: valid")
    except ValidationError as e:
        bad += 1
        print(f"record {i}: invalid -> {e}")
print(f"{bad} of {len(records)} invalid", file=sys.stdout)
print("this goes to stderr", file=sys.stderr)
sys.stdout.write("summary written with write()\n")
sys.stdout.flush()
try:
    sys.exit("not really")
except SystemExit as e:
    print("caught SystemExit:", repr(e), e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code of bare exit:", e.code)


def cleanup():
    try:
        sys.exit(4)
    finally:
        print("finally runs before exit")


if bad > 2:
    print("too many errors, exiting with", bad)
    cleanup()
print("not reached")

# Expected: an uncaught custom exception raised deep in a call stack ends the program.


class ValidationError(Exception):
    pass


def check_age(age):
    if not 0 <= age <= 150:
        raise ValidationError(f"age out of range: {age}")
    return age


def load(people):
    total = 0
    for name, age in people:
        total += check_age(age)
        print(name, "ok", total)
    return total


load([("ann", 31), ("bo", 45), ("cy", 200), ("di", 20)])
print("unreachable")

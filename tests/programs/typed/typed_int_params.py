# Functions whose int parameters are typed when the arguments are exact ints (a typed copy of the body),
# called with ints, bools, big ints, int subclasses, floats and strings (the dynamic body); overflow
# inside the typed copy, floor division/modulo signs, int/float mixing and errors with their tracebacks.


def tri(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def steps(n, limit):
    r = n
    count = 0
    while r != 1 and count < limit:
        r = r // 2 if r % 2 == 0 else 3 * r + 1
        count += 1
    return count, r


def grow(x, k):
    y = x
    for _ in range(k):
        y = y * 3 + 1
    return y, y // x, y % x, -y // x, -y % x


def divide(a, b):
    q = a // b
    m = a % b
    return q, m, a / b


def compare(a, b):
    if a < b:
        return "lt"
    if a == b:
        return "eq"
    return "gt"


def shift(a, b):
    return a << b, a >> b, a & b, a | b, a ^ b, ~a


class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 100)

    def __floordiv__(self, other):
        return "custom floordiv"


print(tri(3, 4), tri(0, 0), tri(True, False), tri(2 ** 70, 1), tri(2.5, 1))
print(steps(27, 1000), steps(7, 3), steps(True, 5))
print(steps(2 ** 65 + 1, 10))
print(grow(7, 50))
print(grow(-7, 45))
print(grow(9223372036854775807, 2))
print(grow(MyInt(5), 2))
print(divide(7, 2), divide(-7, 2), divide(7, -2), divide(-7, -2))
print(divide(-9223372036854775807 - 1, -1))
print(divide(2 ** 80, 3), divide(True, 1), divide(7.5, 2))
print(compare(1, 2), compare(2, 2), compare(3, 2), compare(2 ** 64, 2 ** 63), compare("a", "b"), compare(1.5, 1))
print(shift(5, 3), shift(-5, 3), shift(1, 70), shift(-1, 100))
print(shift(True, 2))
for args in [(1, 0), (5, -1), (2 ** 70, 0)]:
    try:
        print(divide(*args))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    except ValueError as e:
        print("ValueError", e)
for args in [(1, -1), (2 ** 70, -3)]:
    try:
        print(shift(*args))
    except ValueError as e:
        print("ValueError", e)
try:
    print(tri(-1, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(steps("x", 3))
except TypeError as e:
    print("TypeError", e)
print(tri(-3, 1))
print(divide(10, 0))

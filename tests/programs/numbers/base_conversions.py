# Base conversion to/from arbitrary bases, balanced ternary, negabinary, and format() checks.
import string

DIGITS = string.digits + string.ascii_uppercase


def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


def balanced_ternary(n):
    out = ""
    while n:
        r = n % 3
        if r == 2:
            r = -1
        out = "0+-"[r] + out
        n = (n - r) // 3
    return out or "0"


def negabinary(n):
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, -2)
        if r < 0:
            n, r = n + 1, r + 2
        out.append(str(r))
    return "".join(reversed(out))


for n in [0, 5, 255, -255, 1000, 2 ** 40 + 7, 36 ** 5 - 1]:
    conv = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    assert all(int(c, b) == n for c, b in zip(conv, (2, 3, 8, 16, 36)))
    print(n, conv)
print([balanced_ternary(n) for n in range(-4, 9)])
print([negabinary(n) for n in range(-5, 8)])
print(format(255, "b"), format(255, "o"), format(255, "x"), format(-255, "#x"), int("zz", 36), int("Zz", 36))

# Float locals that the compiler keeps unboxed (f64) must behave exactly like Python floats:
# division and modulo by zero, Python's sign rules for // and %, NaN and -0.0, math.sqrt errors,
# unbound locals, and functions whose float parameters are sometimes ints, bools, complex
# numbers or objects with their own arithmetic.
import math


def orbit(cr, ci, limit):
    # escape time of c = cr + ci*i, counted with a while loop
    x = y = 0.0
    n = 0
    while n < limit:
        xx = x * x
        yy = y * y
        if xx + yy > 4.0:
            break
        y = (x + x) * y + ci
        x = xx - yy + cr
        n += 1
    return n


def mix(a, b):
    s = a * 2.0 + b
    t = s / 4 - 1
    return s, t


def div(a, b):
    q = a / b
    return q


def fdiv(a, b):
    q = a // b
    r = a % b
    return q, r


def sign_rules():
    out = []
    for pair in [(-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (7.5, 2.0), (-0.0, 5.0), (0.0, -5.0), (1e308, 1e-308)]:
        out.append(fdiv(pair[0], pair[1]))
    x = -7.5
    x //= 2
    y = 7.5
    y %= -2
    z = -0.0
    z %= 5.0
    return out, x, y, z


def specials():
    big = 1e308
    inf = big * 10.0
    nan = inf - inf
    neg_zero = -0.0
    zero = 0.0 * -1.0
    print(inf, -inf, nan, neg_zero, zero, 1.0 / inf, -1.0 / inf)
    print(nan < 1.0, nan > 1.0, nan == nan, nan != nan, nan <= nan, inf > big, neg_zero == 0.0)
    print(inf - inf == inf - inf, neg_zero < 0.0, 0.1 + 0.2, 0.1 + 0.2 == 0.3)
    if nan:
        print("nan is true")
    if not neg_zero:
        print("-0.0 is false")
    print(round(2.5 * 1.0), round(3.5 * 1.0), round(-0.5 * 1.0), round(1.2345 * 1.0, 2))
    print(f"{big:.3e} {neg_zero:+.2f} {nan} {inf:10.1f}|")


def roots(v):
    x = v * 1.0
    r = math.sqrt(x)
    s = math.sqrt(x * x + 1)
    return r, s


def unbound(flag):
    if flag:
        y = 1.5
    return y * 2.0


def accumulate(n):
    total = 0.0
    step = 0.5
    for k in range(n):
        total += step
        total -= 0.25
        total *= 1.5
        total /= 1.25
        step = step * -1.0 + 0.125
    return total


class Weird:
    def __init__(self, v):
        self.v = v

    def __mul__(self, other):
        return Weird(self.v * other + 1)

    def __rmul__(self, other):
        return Weird(other * self.v + 2)

    def __add__(self, other):
        return Weird(self.v + other)

    def __radd__(self, other):
        return Weird(other + self.v + 100)

    def __truediv__(self, other):
        return Weird(self.v / other)

    def __sub__(self, other):
        return Weird(self.v - other)

    def __repr__(self):
        return "Weird(%r)" % (self.v,)


def main():
    # The same function with floats, ints, bools, complex numbers and a class of our own.
    print([orbit(x / 10.0, 0.5, 40) for x in range(-20, 6, 3)])
    print(orbit(0, 0, 10), orbit(1, 1, 10), orbit(True, False, 10), orbit(-1.5, 0, 10))
    try:
        print(orbit(0.25j, 0.5, 5))
    except TypeError as e:
        print("TypeError:", e)
    print(mix(1.5, 2.0), mix(1, 2), mix(True, 2.5), mix(1 + 2j, 0.5), mix(10**20, 0.5))
    print(mix(Weird(3), 1.0), mix(2.0, Weird(5)))
    print(mix(cr := 0.5, ci := -0.75), cr, ci)
    print(mix(b=0.5, a=4.0))
    for a, b in [(1.0, 0.0), (1.0, 0), (0.0, 0.0), (-3.0, -0.0), (1, 0.0), (5, 2), (2**1000, 2.0)]:
        for name, fn in [("div", div), ("fdiv", fdiv)]:
            try:
                print(name, a, b, fn(a, b))
            except (ZeroDivisionError, OverflowError) as e:
                print(name, a, b, type(e).__name__ + ":", e)
    print(sign_rules())
    specials()
    for v in [4.0, 2.0, 0.0, -0.0, 1e300, float("inf"), float("nan"), 9, True]:
        print("roots", v, roots(v))
    for v in [-1.0, -1e-300, float("-inf")]:
        try:
            print(roots(v))
        except ValueError as e:
            print("roots", v, "ValueError:", e)
    print(unbound(True))
    try:
        unbound(False)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    print(accumulate(0), accumulate(1), accumulate(37))


main()

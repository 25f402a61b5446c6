# Continued fractions: expansions of rationals and square roots, convergents to sqrt(2) and pi.
from fractions import Fraction
import math


def cf_rational(num, den):
    out = []
    while den:
        q, r = divmod(num, den)
        out.append(q)
        num, den = den, r
    return out


def cf_sqrt(n, terms):
    a0 = math.isqrt(n)
    if a0 * a0 == n:
        return [a0]
    m, d, a = 0, 1, a0
    out = [a0]
    for _ in range(terms - 1):
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        out.append(a)
    return out


def convergents(cf):
    h0, h1, k0, k1 = 1, cf[0], 0, 1
    yield Fraction(h1, k1)
    for a in cf[1:]:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)


print(cf_rational(415, 93), cf_rational(649, 200), cf_rational(1, 7))
for n in (2, 3, 7, 13, 19, 61):
    print(n, cf_sqrt(n, 12))
conv = list(convergents(cf_sqrt(2, 12)))
print([str(c) for c in conv])
print(f"{float(conv[-1]):.15f} {math.sqrt(2):.15f}")
pi_cf = [3, 7, 15, 1, 292, 1, 1, 1, 2, 1, 3]
for c in convergents(pi_cf):
    print(c, f"{float(c) - math.pi:+.3e}")


def pell(n):
    for c in convergents(cf_sqrt(n, 100)):
        if c.numerator ** 2 - n * c.denominator ** 2 == 1:
            return c.numerator, c.denominator


print(pell(2), pell(13), pell(61))

# Snippet for the 'math' adapter: every mapped function and constant with representative arguments.
import math
from math import sqrt, pi, isclose

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan, pi == math.pi)
print(math.sqrt(2), sqrt(16), math.exp(1), math.exp2(10), math.expm1(1e-10), math.cbrt(27), math.cbrt(-8))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.log(100), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.log(2 ** 100))
print(math.pow(2, 0.5), math.pow(-8, 3), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.degrees(math.pi), math.radians(180), math.fmod(7, -3), math.remainder(7, 3), math.copysign(3, -0.0))
print(math.isfinite(1e308), math.isinf(math.inf), math.isnan(math.nan), isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.ceil(2.1), math.ceil(-2.1), math.floor(2.9), math.floor(-2.1), math.trunc(-2.7), math.trunc(2.7), math.ceil(10 ** 20 + 0.5))
print(math.modf(3.25), math.modf(-1.5), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print(math.factorial(0), math.factorial(20), math.factorial(25), math.comb(10, 3), math.comb(50, 25), math.perm(5, 2), math.perm(4))
print(math.isqrt(99), math.isqrt(10 ** 30), math.gcd(12, 18), math.gcd(0, 0), math.gcd(24, 36, 60), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([0.5, 4], start=3), math.prod([]))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300), math.fabs(-3), math.fabs(2.5))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.gamma(0.5), math.lgamma(10), math.lgamma(0.5))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt("x")
except TypeError as e:
    print("TypeError:", e)
print(list(map(math.floor, [1.5, -1.5])), sorted([3.3, -1.1, 2.2], key=math.fabs))

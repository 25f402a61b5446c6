# math module: rounding, gcd/lcm, isqrt, trig, logs, special values, fsum, isclose, prod, comb.
import math

print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-2.5), round(2.675, 2))
print(math.gcd(48, 180), math.gcd(0, 0), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 1), math.isqrt(99))
print(math.factorial(20), math.comb(52, 5), math.perm(10, 3), math.prod([1, 2, 3, 4]), math.prod([]))
print(f"{math.sin(math.pi / 6):.12f} {math.cos(math.pi):.1f} {math.tan(math.pi / 4):.12f}")
print(f"{math.atan2(1, -1):.10f} {math.degrees(math.pi):.1f} {math.radians(180):.10f}")
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(0))
print(math.sqrt(2), math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.pow(2, 10), 2 ** 0.5)
print(math.inf > 10 ** 300, -math.inf, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.nan == math.nan, math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3)
tenth = 0.0
for _ in range(10):
    tenth += 0.1
print(tenth, math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), divmod(-7, 2), divmod(7.5, 2))
print(math.pi, math.e, math.tau)
for x in [0.5, 1.0, 2.0, 10.0]:
    print(f"x={x:5.1f} gamma={math.gamma(x):12.6f} erf={math.erf(x / 4):.8f} sinh={math.sinh(x):.6f}")
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(float("1e309"), 1e308 * 10, -(10.0 ** 308) * 10, int(1e20), int(-3.99), float(2 ** 60))

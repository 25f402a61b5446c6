# Snippet for the 'cmath' adapter: every function on ordinary, tiny, huge, infinite and NaN arguments, the
# constants, and the errors.
import cmath
from cmath import sqrt, exp, log, log10, acos, acosh, asin, asinh, atan, atanh, cos, cosh, sin, sinh, tan, tanh
from cmath import phase, polar, rect, isfinite, isinf, isnan, isclose, pi, e, tau, inf, nan, infj, nanj

INF = float("inf")
NAN = float("nan")
parts = [-INF, -1e308, -2.5, -1.0, -0.5, -1e-310, -0.0, 0.0, 1e-310, 0.3, 1.0, 2.0, 1e300, INF, NAN]
names = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin",
         "sinh", "tan", "tanh"]
funcs = [sqrt, exp, log, log10, acos, acosh, asin, asinh, atan, atanh, cos, cosh, sin, sinh, tan, tanh]
for k in range(len(funcs)):
    f = funcs[k]
    out = []
    for x in parts:
        for y in parts:
            try:
                r = f(complex(x, y))
                out.append(repr(r))
            except ValueError as err:
                out.append("ValueError:" + str(err))
            except OverflowError as err:
                out.append("OverflowError:" + str(err))
    print(names[k], " ".join(out))
for x in parts:
    row = []
    for y in parts:
        try:
            row.append(repr(rect(x, y)))
        except ValueError as err:
            row.append("ValueError:" + str(err))
        try:
            row.append(repr(phase(complex(x, y))))
        except OverflowError as err:
            row.append("OverflowError:" + str(err))
        try:
            row.append(repr(polar(complex(x, y))))
        except OverflowError as err:
            row.append("OverflowError:" + str(err))
        row.append(str((isfinite(complex(x, y)), isinf(complex(x, y)), isnan(complex(x, y)))))
    print(" ".join(row))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(2j), cmath.exp(1j * pi), cmath.log(8, 2), cmath.log(-1), cmath.log(1j, 1j))
print(cmath.log10(1000), cmath.log(100, 10), log(2 + 3j, 1 - 1j), cmath.log(5), cmath.log(3, 9), cmath.phase(-1))
print(cmath.polar(3 + 4j), cmath.rect(2, pi / 2), cmath.rect(-0.0, 0.0), cmath.rect(1, -0.0), sqrt(True), exp(2))
print(pi, e, tau, inf, nan, infj, nanj, cmath.pi, cmath.infj, cmath.nanj, cmath.e, cmath.tau, cmath.inf, cmath.nan)
print(isclose(1 + 1j, 1 + 1.0000000001j), isclose(1j, 1.1j), isclose(1j, 1.1j, rel_tol=0.2), isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isclose(inf, inf), isclose(complex(inf, 0), complex(inf, 1)), isclose(a=1, b=1.0), isclose(nan, nan))
for bad in [lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.log(0, 2), lambda: cmath.log(0, 0), lambda: cmath.log(2, 0), lambda: cmath.log(0, 1), lambda: cmath.log(inf, 0), lambda: cmath.log(0, nan), lambda: cmath.atanh(1),
            lambda: cmath.exp(1000), lambda: cmath.cosh(800 + 1j), lambda: cmath.polar(1e308 + 1e308j),
            lambda: cmath.sqrt("4"), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(),
            lambda: cmath.log(1, 2, 3), lambda: cmath.log(3, base=9), lambda: cmath.sqrt(z=1), lambda: cmath.rect(1), lambda: cmath.rect(1j, 0), lambda: cmath.phase(None),
            lambda: isclose(1, 2, rel_tol=-1), lambda: isclose(1), lambda: isclose(1, 2, 3), lambda: isclose(1, 1, abs_tol=1j),
            lambda: cmath.sin(inf), lambda: cmath.exp(complex(0, inf))]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as err:
        print(type(err).__name__ + ":", err)

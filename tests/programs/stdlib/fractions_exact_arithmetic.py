"""Exact rational arithmetic with fractions.Fraction: harmonic numbers, Egyptian fractions,
continued fractions, a recipe scaler and a small exact linear-system solver."""
from fractions import Fraction
import math


def harmonic(n):
    total = Fraction(0)
    for k in range(1, n + 1):
        total += Fraction(1, k)
    return total


def egyptian(frac):
    """Greedy (Fibonacci-Sylvester) expansion into distinct unit fractions."""
    parts = []
    while frac.numerator != 0:
        unit = Fraction(1, -(-frac.denominator // frac.numerator))
        parts.append(unit)
        frac -= unit
    return parts


def continued_fraction(frac, limit=12):
    terms = []
    while limit > 0:
        whole = math.floor(frac)
        terms.append(whole)
        frac -= whole
        if frac == 0:
            break
        frac = 1 / frac
        limit -= 1
    return terms


def convergents(terms):
    result = []
    for i in range(1, len(terms) + 1):
        value = Fraction(terms[i - 1])
        for t in reversed(terms[: i - 1]):
            value = t + 1 / value
        result.append(value)
    return result


def solve(matrix, rhs):
    """Gauss-Jordan elimination over the rationals."""
    n = len(matrix)
    rows = [[Fraction(x) for x in row] + [Fraction(b)] for row, b in zip(matrix, rhs)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if rows[r][col] != 0)
        rows[col], rows[pivot] = rows[pivot], rows[col]
        p = rows[col][col]
        rows[col] = [x / p for x in rows[col]]
        for r in range(n):
            if r != col and rows[r][col] != 0:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col])]
    return [row[-1] for row in rows]


for n in (1, 2, 5, 10, 20):
    h = harmonic(n)
    print(f"H({n}) = {h} ~ {float(h):.6f}")

for text in ("4/13", "5/31", "0.75", "7/15"):
    parts = egyptian(Fraction(text))
    print(text, "=", " + ".join(str(p) for p in parts), "| check:", sum(parts) == Fraction(text))

pi_approx = Fraction(3.141592653589793)
terms = continued_fraction(pi_approx, 6)
print("pi terms:", terms)
for c in convergents(terms):
    print("  convergent", repr(c), "error", abs(c - pi_approx) < Fraction(1, 10**4))
for d in (10, 100, 1000, 100000):
    print("limit", d, pi_approx.limit_denominator(d))

recipe = {"flour": Fraction("2 1/4".split()[0]) + Fraction("1/4"), "sugar": Fraction("3/4"), "butter": Fraction(1, 3), "eggs": Fraction(2)}
for scale in (Fraction(1, 2), Fraction(3, 2), Fraction("2.5")):
    scaled = {k: v * scale for k, v in recipe.items()}
    print("x" + str(scale) + ":", ", ".join(f"{k}={v}" for k, v in scaled.items()))

solution = solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])
print("solution:", solution, [int(x) for x in solution])
print(solve([[1, 2], [3, 4]], [Fraction(1, 2), Fraction(1, 3)]))

values = [Fraction(7, 3), Fraction(-5, 4), 0.5, 2, Fraction(1, 6)]
print(sorted(values), max(values), min(values))
print(Fraction(7, 3) // 2, Fraction(7, 3) % Fraction(1, 2), divmod(Fraction(-7, 3), 1))
print(Fraction(2, 3) ** 3, Fraction(2, 3) ** -2, Fraction(4, 9) ** 0.5, 2 ** Fraction(1, 2))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3), round(Fraction(1234, 1), -2))
print(Fraction(3, 4) == 0.75, Fraction(1, 3) == 1 / 3, Fraction(1, 2) < 0.6, 1 > Fraction(2, 3))
print(len({Fraction(2, 4), Fraction(1, 2), 0.5}), hash(Fraction(1, 2)) == hash(0.5))
for bad in ("1/0", "x/2", "3//4"):
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

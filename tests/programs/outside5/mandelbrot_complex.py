"""Mandelbrot and Julia sets with complex numbers, plus complex/float numeric helpers."""
import cmath
import math


def mandel(c, limit=60):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return limit


def render(w, h, fn):
    chars = " .:-=+*#%@"
    rows = []
    for y in range(h):
        line = []
        for x in range(w):
            c = complex(-2.2 + 3.0 * x / w, -1.2 + 2.4 * y / h)
            n = fn(c)
            line.append(chars[min(n * len(chars) // 61, len(chars) - 1)])
        rows.append("".join(line).rstrip())
    return rows


for row in render(64, 24, mandel):
    print(row)


def julia(z, c=complex(-0.8, 0.156), limit=60):
    for i in range(limit):
        if z.real * z.real + z.imag * z.imag > 4:
            return i
        z = z * z + c
    return limit


counts = [0] * 61
for y in range(60):
    for x in range(90):
        counts[julia(complex(-1.6 + 3.2 * x / 90, -1.0 + 2.0 * y / 60))] += 1
print(sum(counts), counts[:10], counts[-1])

z = complex(3, 4)
print(z, abs(z), z.conjugate(), z * 1j, z / (1 - 2j), z ** 2, z.real, z.imag)
print(cmath.sqrt(-4), cmath.phase(-1), cmath.polar(1j), cmath.rect(2, math.pi / 2))
print(cmath.exp(1j * math.pi), cmath.log(-1), complex("1+2j"), complex(1.5), complex(0, -0.0))
print(repr(1e16 + 1j), repr(complex(-0.0, 1)), -1j, 2j ** 0.5, (1 + 1j) ** 3)
roots = [cmath.exp(2j * math.pi * k / 5) for k in range(5)]
print([f"{r.real:+.4f}{r.imag:+.4f}j" for r in roots], abs(sum(roots)) < 1e-12)
print(f"{z:.2f}", format(1.5 - 2.25j, "^20"), f"{complex(1e-5, 1e5):g}")
total = 0.0
for i in range(1, 20000):
    total += math.sin(i) * math.cos(i / 2) / i
print(round(total, 10), math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4, 12))
print(math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5))
print(1 / 3, 2 / 3, 1e-7, 123456789.0 * 10, 1.0e16, 0.1 + 0.2, 1e300 * 1e10, -1e300 * 1e10, float("nan") != float("nan"))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.pi * 2, math.e ** 2, math.sqrt(2) ** 2)
print(divmod(-7.5, 2), -7.5 % 2, 7.5 // -2, math.fmod(-7.5, 2), math.copysign(1, -0.0), (0.1).as_integer_ratio(), (2.5).is_integer())

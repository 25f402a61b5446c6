# Complex numbers: arithmetic, abs/conjugate, cmath functions, roots of unity, Mandelbrot test.
import cmath

z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, z ** 2, -z, abs(z), z.conjugate(), z.real, z.imag)
print(complex("1+2j"), complex(2), 1j * 1j, (1 + 1j) ** 8, 2j ** 2, repr(-0j), 0j == 0)
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0))
print(f"{cmath.exp(1j * cmath.pi).real:.1f} {abs(cmath.exp(1j * cmath.pi).imag) < 1e-15}")
roots = [cmath.exp(2j * cmath.pi * k / 6) for k in range(6)]
print([f"{r.real:+.3f}{r.imag:+.3f}j" for r in roots])
print(abs(sum(roots)) < 1e-12)


def in_mandelbrot(c, limit=50):
    z = 0
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


for y in range(6, -7, -2):
    print("".join("#" if in_mandelbrot(complex(x / 10, y / 6)) == 50 else "." for x in range(-20, 6)))
print(f"{z:.2f}", format(w, ".1f"), f"{1.5j}", str(complex(0.5, -0.0)))

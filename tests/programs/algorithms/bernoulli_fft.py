# Exact Bernoulli numbers with Fractions (Akiyama-Tanigawa), and polynomial multiplication with a
# hand-written recursive FFT over complex numbers, checked against schoolbook multiplication.
from fractions import Fraction
import cmath


def bernoulli(n):
    a = [Fraction(0)] * (n + 1)
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
    return a[0]


def fft(a, invert=False):
    n = len(a)
    if n == 1:
        return a[:]
    even, odd = fft(a[0::2], invert), fft(a[1::2], invert)
    sign = 1 if invert else -1
    out = [0j] * n
    for k in range(n // 2):
        w = cmath.exp(sign * 2j * cmath.pi * k / n) * odd[k]
        out[k] = even[k] + w
        out[k + n // 2] = even[k] - w
    return out


def multiply(p, q):
    n = 1
    while n < len(p) + len(q):
        n *= 2
    fp = fft([complex(x) for x in p] + [0j] * (n - len(p)))
    fq = fft([complex(x) for x in q] + [0j] * (n - len(q)))
    prod = fft([a * b for a, b in zip(fp, fq)], invert=True)
    return [round(c.real / n) for c in prod[:len(p) + len(q) - 1]]


def schoolbook(p, q):
    out = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            out[i + j] += a * b
    return out


print([str(bernoulli(n)) for n in range(0, 21, 2)])
print(bernoulli(1), bernoulli(3), bernoulli(30))
p, q = [3, 0, -2, 5, 1], [1, 4, 0, 7]
print(multiply(p, q), multiply(p, q) == schoolbook(p, q))
big_a = [(i * 31) % 17 - 8 for i in range(60)]
big_b = [(i * 7) % 13 - 6 for i in range(45)]
print(multiply(big_a, big_b) == schoolbook(big_a, big_b), sum(multiply(big_a, big_b)))
digits_a, digits_b = [int(d) for d in reversed("31415926535")], [int(d) for d in reversed("27182818284")]
coeffs = multiply(digits_a, digits_b)
print(sum(c * 10 ** i for i, c in enumerate(coeffs)), 31415926535 * 27182818284)

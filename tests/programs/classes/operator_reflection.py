# Reflected and in-place operators, NotImplemented handshakes, and mixed-type arithmetic with a
# polynomial class.


class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c

    @staticmethod
    def _lift(x):
        if isinstance(x, Poly):
            return x
        if isinstance(x, (int, float)):
            return Poly([x])
        return NotImplemented

    def __add__(self, other):
        other = self._lift(other)
        if other is NotImplemented:
            return other
        n = max(len(self.c), len(other.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (other.c[i] if i < len(other.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-x for x in self.c])

    def __sub__(self, other):
        return self + (-self._lift(other))

    def __rsub__(self, other):
        return self._lift(other) - self

    def __mul__(self, other):
        other = self._lift(other)
        if other is NotImplemented:
            return other
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.c = (self + other).c
        return self

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.c))

    def __eq__(self, other):
        other = self._lift(other)
        return other is not NotImplemented and self.c == other.c

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            c = self.c[i]
            if c == 0 and len(self.c) > 1:
                continue
            terms.append(f"{c}" if i == 0 else f"{c}x" if i == 1 else f"{c}x^{i}")
        return " + ".join(terms).replace("+ -", "- ")


x = Poly([0, 1])
p = (x + 1) ** 3
print(p, p(2), 2 * x, x * 2, 1 - x, x - 1, 3 + x)
q = Poly([1])
q += x
q += 5
print(q, q == Poly([6, 1]), Poly([2]) == 2, x == "x")
print((x ** 2 - 1) * (x ** 2 + 1), (x - x) == 0)
try:
    x + "s"
except TypeError as e:
    print("TypeError:", e)

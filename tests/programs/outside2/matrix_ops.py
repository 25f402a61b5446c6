class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @staticmethod
    def zeros(n, m):
        return Matrix([[0] * m for _ in range(n)])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __mul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __pow__(self, p):
        result = Matrix.identity(self.n)
        base = self
        while p:
            if p & 1:
                result = result @ base
            base = base @ base
            p >>= 1
        return result

    @property
    def shape(self):
        return (self.n, self.m)

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(w) for x in r) for r in self.rows)

    def det(self):
        from fractions import Fraction
        a = [[Fraction(x) for x in r] for r in self.rows]
        n = self.n
        d = Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                return 0
            if p != c:
                a[c], a[p] = a[p], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                for k in range(c, n):
                    a[r][k] -= f * a[c][k]
        return d


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, A * 2, 3 * A, A + B, sep="\n---\n")
print(repr(A.T), A.shape, A == Matrix([[1, 2], [3, 4]]), A != B, A[1, 0])
fibm = Matrix([[1, 1], [1, 0]]) ** 90
print(fibm[0, 1])
M = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(M.det(), Matrix([[1, 2], [2, 4]]).det(), Matrix.identity(4).det())
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
Z = Matrix.zeros(2, 3)
Z[1, 2] = 7
print(Z.rows, Z.T.shape)


def gauss_solve(a, b):
    n = len(a)
    m = [row[:] + [bv] for row, bv in zip(a, b)]
    for i in range(n):
        piv = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[piv] = m[piv], m[i]
        for r in range(n):
            if r != i:
                f = m[r][i] / m[i][i]
                m[r] = [x - f * y for x, y in zip(m[r], m[i])]
    return [round(m[i][n] / m[i][i], 6) for i in range(n)]


print(gauss_solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
grid = [[(i * 7 + j * 3) % 10 for j in range(6)] for i in range(5)]
print(list(map(sum, grid)), [sum(c) for c in zip(*grid)], max(max(r) for r in grid))
rot = [list(r) for r in zip(*grid[::-1])]
print(rot[0], len(rot), len(rot[0]))
spiral = []
g = [row[:] for row in grid]
while g:
    spiral += g.pop(0)
    g = [list(r) for r in zip(*g)][::-1]
print(spiral)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def __eq__(self, o):
        return self.rows == o.rows
    def transpose(self):
        return Matrix(zip(*self.rows))
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(self.n))
    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return self.n
    def __bool__(self):
        return any(any(r) for r in self.rows)

F = Matrix([[1, 1], [1, 0]])
print(F ** 10)
print((F ** 90)[0, 1])
A = Matrix([[2, -1, 0], [1, 3, 2], [0, 5, -4]])
print(A.det(), A.transpose().det())
print(A * 2)
print(3 * A == A * 3, A + A == 2 * A)
print(repr(A.minor(1, 1)))
I = Matrix.identity(3)
print(A * I == A, bool(Matrix([[0, 0]])), bool(I), len(A))
A[0, 0] = 10
print(A[0, 0], [sum(r) for r in A])
M = Matrix([[1.5, 2], [0.25, -1]])
print(M * M)
def gauss(a, b):
    n = len(a)
    a = [row[:] + [bv] for row, bv in zip(a, b)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(a[r][i]))
        a[i], a[p] = a[p], a[i]
        for r in range(i + 1, n):
            f = a[r][i] / a[i][i]
            for c in range(i, n + 1):
                a[r][c] -= f * a[i][c]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (a[i][n] - sum(a[i][c] * x[c] for c in range(i + 1, n))) / a[i][i]
    return x
print([round(v, 6) for v in gauss([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])])
print(gauss([[4, 3], [6, 3]], [10, 12]))

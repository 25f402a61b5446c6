# A Matrix class with __getitem__ taking tuples, __matmul__, __eq__, __pow__ and __str__.


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m)) for j in range(other.m)]
                       for i in range(self.n)])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    def __pow__(self, e):
        result, base = Matrix.identity(self.n), self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    @property
    def shape(self):
        return (self.n, self.m)

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(width) for x in r) + "]" for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
print(a + b * 10)
print(a ** 5)
print(Matrix([[1, 1], [1, 0]]) ** 50)
c = Matrix([[1, 2, 3], [4, 5, 6]])
print(c.shape, c.T.shape)
print(c.T)
print((c @ c.T) == (c @ c.T).T)
c[0, 0] = 100
print(c[0, 0], c.rows[0])
try:
    c @ c
except ValueError as e:
    print(e)

# Annotated dense float matrix code: LU-free Gaussian elimination solve, determinant, inverse.

Matrix = list[list[float]]
Vector = list[float]


def identity(n: int) -> Matrix:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def solve(a: Matrix, b: Vector) -> Vector:
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-12:
            raise ValueError("singular matrix")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    return [m[i][n] / m[i][i] for i in range(n)]


def inverse(a: Matrix) -> Matrix:
    n = len(a)
    cols = [solve(a, [1.0 if i == j else 0.0 for i in range(n)]) for j in range(n)]
    return [[cols[j][i] for j in range(n)] for i in range(n)]


def matmul(a: Matrix, b: Matrix) -> Matrix:
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


def fmt(m: Matrix) -> str:
    return "\n".join(" ".join(f"{x:8.4f}" for x in row) for row in m)


A: Matrix = [[4.0, -2.0, 1.0], [-2.0, 4.0, -2.0], [1.0, -2.0, 4.0]]
b: Vector = [11.0, -16.0, 17.0]
x = solve(A, b)
print([round(v, 10) for v in x])
inv = inverse(A)
print(fmt(inv))
prod = matmul(A, inv)
print(all(abs(prod[i][j] - identity(3)[i][j]) < 1e-12 for i in range(3) for j in range(3)))
try:
    solve([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0])
except ValueError as e:
    print("ValueError:", e)

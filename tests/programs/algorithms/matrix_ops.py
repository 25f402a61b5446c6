# Matrix multiply, transpose, fast power for Fibonacci, determinant by Gaussian elimination
# using fractions for exactness.
from fractions import Fraction


def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


def fib(n):
    return matpow([[1, 1], [1, 0]], n)[0][1]


def determinant(m):
    a = [[Fraction(x) for x in row] for row in m]
    n = len(a)
    det = Fraction(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != col:
            a[col], a[pivot] = a[pivot], a[col]
            det = -det
        det *= a[col][col]
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            for c in range(col, n):
                a[r][c] -= f * a[col][c]
    return det


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print([list(r) for r in zip(*A)])
print([fib(n) for n in range(15)])
print(fib(300))
print(determinant([[2, -3, 1], [2, 0, -1], [1, 4, 5]]))
print(determinant([[1, 2], [2, 4]]))
print(determinant([[Fraction(1, 2), 3], [4, Fraction(5, 3)]]))
hilbert = [[Fraction(1, i + j + 1) for j in range(5)] for i in range(5)]
print(determinant(hilbert))

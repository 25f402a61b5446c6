# Dense matrix arithmetic: multiplication, transpose, identity, power and determinant by elimination.


def zeros(n, m):
    return [[0.0] * m for _ in range(n)]


def identity(n):
    result = zeros(n, n)
    for i in range(n):
        result[i][i] = 1.0
    return result


def multiply(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c


def transpose(a):
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]


def power(a, e):
    result = identity(len(a))
    base = a
    while e > 0:
        if e % 2 == 1:
            result = multiply(result, base)
        base = multiply(base, base)
        e //= 2
    return result


def determinant(a):
    m = [list(row) for row in a]
    n = len(m)
    det = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if abs(m[pivot][col]) < 1e-12:
            return 0.0
        if pivot != col:
            m[pivot], m[col] = m[col], m[pivot]
            det = -det
        det *= m[col][col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n):
                m[r][c] -= factor * m[col][c]
    return det


fib = [[1.0, 1.0], [1.0, 0.0]]
print(power(fib, 20)[0][1])
a = [[2.0, 1.0, 3.0], [0.0, 4.0, 1.0], [5.0, 2.0, 0.0]]
print(determinant(a), determinant(multiply(a, transpose(a))))

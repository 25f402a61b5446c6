from fractions import Fraction


def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


def transpose(m):
    return [list(r) for r in zip(*m)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n = len(m)
    sign = 1
    result = Fraction(1)
    for c in range(n):
        pivot = next((r for r in range(c, n) if m[r][c] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            sign = -sign
        result *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return sign * result


def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(v) for v in ident] for row, ident in zip(m, identity(n))]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(aug[r][c]))
        if aug[pivot][c] == 0:
            raise ZeroDivisionError("matrix is singular")
        aug[c], aug[pivot] = aug[pivot], aug[c]
        pv = aug[c][c]
        aug[c] = [x / pv for x in aug[c]]
        for r in range(n):
            if r != c and aug[r][c] != 0:
                f = aug[r][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]


def show(name, m):
    width = max(len(str(x)) for row in m for x in row)
    print(f"{name} ({len(m)}x{len(m[0])}):")
    for row in m:
        print("  [" + " ".join(f"{str(x):>{width}}" for x in row) + "]")


A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2], [3, 4], [5, 6]]
show("A", A)
show("B", B)
show("A@B", mat_mul(A, B))
show("B^T", transpose(B))
show("B^T@B", mat_mul(transpose(B), B))
print("det A =", det(A), "det I4 =", det(identity(4)), "det B^TB =", det(mat_mul(transpose(B), B)))
Ai = inverse(A)
show("inv A", Ai)
show("A@invA", mat_mul(A, Ai))
print(mat_mul(A, Ai) == identity(3))
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("singular:", e)
try:
    mat_mul(B, B)
except ValueError as e:
    print("error:", e)
H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print("hilbert det:", det(H), float(det(H)))
show("inv hilbert", inverse(H))
F = [[0.1, 0.2], [0.3, 0.4]]
P = mat_mul(F, F)
print(P, [[round(x, 10) for x in r] for r in P])
v = [3, 4, 12]
norm = sum(x * x for x in v) ** 0.5
print(norm, [x / norm for x in v], sum(a * b for a, b in zip(v, [1, 0, -1])))
M = identity(2)
fibm = [[1, 1], [1, 0]]
for _ in range(50):
    M = mat_mul(M, fibm)
print("fib via matrix:", M[0][1], M)
rot = [[0, -1], [1, 0]]
pts = [[1, 0], [2, 3], [-1, -1]]
for _ in range(4):
    pts = [mat_mul(rot, [[p[0]], [p[1]]]) for p in pts]
    pts = [[c[0][0], c[1][0]] for c in pts]
    print(pts)

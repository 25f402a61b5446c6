# Linear algebra written almost entirely with comprehensions: transpose, products, identity,
# Kronecker product, trace, and Gram-Schmidt orthogonalisation with floats.
import math

A = [[1, 2, 0], [0, 1, 3], [4, 0, 1]]
B = [[2, 0, 1], [1, 3, 0], [0, 1, 1]]
T = [[row[i] for row in A] for i in range(len(A[0]))]
AB = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(T)
print(AB, sum(AB[i][i] for i in range(3)))
print([[x + y for x, y in zip(r1, r2)] for r1, r2 in zip(A, I)])
K = [[a * b for a in ra for b in rb] for ra in [[1, 2], [3, 4]] for rb in [[0, 1], [1, 0]]]
print(K)
vectors = [[1.0, 1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 1.0, 1.0]]
basis = []
for v in vectors:
    w = [vi - sum(sum(vj * bj for vj, bj in zip(v, b)) * bi for b in basis for bi in [b[k]]) for k, vi in enumerate(v)]
    norm = math.sqrt(sum(x * x for x in w))
    basis.append([x / norm for x in w])
print([[round(x, 6) for x in b] for b in basis])
print([[round(sum(x * y for x, y in zip(b1, b2)), 9) + 0.0 for b2 in basis] for b1 in basis])

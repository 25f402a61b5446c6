# Reads a matrix in competitive-programming style from stdin (see stdin_matrix.stdin):
# first line "R C", then R lines of C integers; prints the transpose and row/column sums.
import sys

data = sys.stdin.read().split()
r, c = int(data[0]), int(data[1])
values = list(map(int, data[2:2 + r * c]))
m = [values[i * c:(i + 1) * c] for i in range(r)]
for row in zip(*m):
    print(" ".join(f"{x:3d}" for x in row))
print("row sums", [sum(row) for row in m])
print("col sums", [sum(col) for col in zip(*m)])
print("max", max(values), "at", divmod(values.index(max(values)), c))

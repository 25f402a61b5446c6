# Nested comprehensions: transposes, flattening, cartesian products, scoping rules.

board = [["." for _ in range(5)] for _ in range(3)]
board[1][2] = "#"
print(["".join(row) for row in board])
aliased = [["."] * 3] * 2
aliased[0][0] = "X"
print(aliased)
tri = [[(i, j) for j in range(i + 1)] for i in range(4)]
print(tri)
flat = [p for row in tri for p in row]
print(len(flat), flat[-3:])
table = [[f"{i}x{j}={i * j:2d}" for j in range(1, 4)] for i in range(1, 4)]
for row in table:
    print(" | ".join(row))
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
factors = {n: [d for d in range(1, n + 1) if n % d == 0] for n in range(10, 16)}
print(factors)
perfect = [n for n in range(2, 1000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect)
cls_scope = 5


class Demo:
    factor = 3
    values = [cls_scope * i for i in range(3)]


print(Demo.values)
print([[y for y in range(x)] for x in range(4)], [x for x in [y * 2 for y in range(3)]])

# Nested comprehensions reading the enclosing function's locals and parameters (the inner
# comprehension sees names that the outer one only passes through), in functions and methods.


def subsets(items):
    n = len(items)
    return [[items[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]


def table(rows, cols, scale):
    return [[(r + 1) * (c + 1) * scale for c in range(cols)] for r in range(rows)]


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def transpose(self):
        return Matrix([[self.rows[r][c] for r in range(len(self.rows))] for c in range(len(self.rows[0]))])

    def scaled(self, k):
        return {i: {j: v * k for j, v in enumerate(row)} for i, row in enumerate(self.rows)}


items = "global items shadowed"


def pairs(items):
    lookup = {x: i for i, x in enumerate(items)}
    return [(a, b) for a in items for b in [y for y in items if lookup[y] > lookup[a]]]


print(subsets(["a", "b", "c"]))
print(table(2, 3, 10))
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m.transpose().rows, m.scaled(2))
print(pairs("wxyz"))
print(sum(sum(x * y for y in range(3)) for x in range(4)))

# List comprehensions: filters, nested loops, conditional expressions, matrix ops, flattening.

nums = range(-5, 16)
print([n for n in nums if n % 3 == 0])
print([n * n if n >= 0 else -n for n in nums][:8])
print([(x, y) for x in range(4) for y in range(x) if (x + y) % 2])
matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
print(matrix)
print([[row[c] for row in matrix] for c in range(4)])
print([x for row in matrix for x in row if x % 5 == 0])
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print([w[0].upper() + w[1:] for w in words if "l" in w])
print([len(w) for w in words], [w for w in words if len(w) == max(map(len, words))])
print([c for c in "Hello World" if c.isupper()], ["".join(reversed(w)) for w in words[:2]])
pythagorean = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b)
               if a * a + b * b == c * c]
print(pythagorean)
print([i for i, ch in enumerate("banana") if ch == "a"])
print([[1 if i == j else 0 for j in range(3)] for i in range(3)])
x = 10
print([x for x in range(3)], x)
print([(i, s) for i, s in zip(range(3), "xyz")], [a + b for a, b in [(1, 2), (3, 4)]])

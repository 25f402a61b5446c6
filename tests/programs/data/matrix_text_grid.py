# Parsing a whitespace grid of numbers, computing row/col sums, largest product of 4 adjacent.

GRID = """
08 02 22 97 38 15 00 40
49 49 99 40 17 81 18 57
81 49 31 73 55 79 14 29
52 70 95 23 04 60 11 42
22 31 16 71 51 67 63 89
24 47 32 60 99 03 45 02
"""
g = [[int(x) for x in line.split()] for line in GRID.strip().splitlines()]
rows, cols = len(g), len(g[0])
print("row sums:", [sum(r) for r in g])
print("col sums:", [sum(g[r][c] for r in range(rows)) for c in range(cols)])
best = (0, None)
for r in range(rows):
    for c in range(cols):
        for dr, dc, name in ((0, 1, "right"), (1, 0, "down"), (1, 1, "diag"), (1, -1, "anti")):
            cells = [(r + dr * k, c + dc * k) for k in range(4)]
            if all(0 <= rr < rows and 0 <= cc < cols for rr, cc in cells):
                prod = 1
                for rr, cc in cells:
                    prod *= g[rr][cc]
                if prod > best[0]:
                    best = (prod, (r, c, name))
print(best)
print(max(max(r) for r in g), min(min(r) for r in g), sum(map(sum, g)))
transposed = ["".join(f"{g[r][c]:3d}" for r in range(rows)) for c in range(cols)]
print("\n".join(transposed[:3]))

# Sudoku solver by backtracking with candidate sets.

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [line for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


def solve(grid, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        stats["tries"] += 1
        grid[r][c] = d
        if solve(grid, stats):
            return True
    grid[r][c] = 0
    return False


grid = parse(PUZZLE)
stats = {"tries": 0}
print("solved:", solve(grid, stats))
for i, row in enumerate(grid):
    line = " ".join(str(d) for d in row)
    print(line[:5], "|", line[6:11], "|", line[12:])
    if i in (2, 5):
        print("-" * 21)
print("valid:", all(sorted(row) == list(range(1, 10)) for row in grid))
print("tries:", stats["tries"])

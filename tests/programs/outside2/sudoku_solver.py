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


def parse(s):
    rows = [r for r in s.strip().splitlines()]
    return [[0 if c == "." else int(c) for c in r] for r in rows]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


class Solver:
    def __init__(self, grid):
        self.grid = grid
        self.steps = 0

    def empty_cells(self):
        return [(r, c) for r in range(9) for c in range(9) if not self.grid[r][c]]

    def solve(self):
        cells = self.empty_cells()
        if not cells:
            return True
        r, c = min(cells, key=lambda rc: len(candidates(self.grid, *rc)))
        for d in candidates(self.grid, r, c):
            self.grid[r][c] = d
            self.steps += 1
            if self.solve():
                return True
        self.grid[r][c] = 0
        return False

    def __str__(self):
        lines = []
        for i, row in enumerate(self.grid):
            if i and i % 3 == 0:
                lines.append("------+-------+------")
            parts = [" ".join(map(str, row[j:j + 3])) for j in (0, 3, 6)]
            lines.append(" | ".join(parts))
        return "\n".join(lines)


s = Solver(parse(PUZZLE))
print(s.solve(), s.steps)
print(s)
ok = all(sorted(row) == list(range(1, 10)) for row in s.grid) and all(
    sorted(col) == list(range(1, 10)) for col in zip(*s.grid))
print("valid", ok)


def life_step(live):
    from collections import Counter
    counts = Counter((x + dx, y + dy) for x, y in live for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = glider
for _ in range(8):
    state = life_step(state)
print(sorted(state))
minx = min(x for x, _ in state)
miny = min(y for _, y in state)
print(sorted((x - minx, y - miny) for x, y in state) == sorted(glider))

# Conway's Game of Life on a torus, with a glider and a blinker; tracks population.


def step(grid):
    h, w = len(grid), len(grid[0])
    new = [[0] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            n = sum(grid[(r + dr) % h][(c + dc) % w]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
            new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
    return new


def show(grid):
    return "\n".join("".join("#" if x else "." for x in row) for row in grid)


def from_text(text, h, w):
    g = [[0] * w for _ in range(h)]
    for r, line in enumerate(text.split("/")):
        for c, ch in enumerate(line):
            if ch == "#":
                g[r + 1][c + 1] = 1
    return g


grid = from_text(".#./..#/###", 8, 10)
for c in range(6, 9):
    grid[5][c] = 1
for gen in range(5):
    print(f"gen {gen} pop {sum(map(sum, grid))}")
    print(show(grid))
    grid = step(grid)
for _ in range(30):
    grid = step(grid)
print("after 35:", sum(map(sum, grid)))
print(show(grid))

# Conway's game of life on a torus, with a glider and a blinker.


def make_grid(width, height):
    return [[False] * width for _ in range(height)]


def neighbours(grid, x, y):
    height = len(grid)
    width = len(grid[0])
    count = 0
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dx == 0 and dy == 0:
                continue
            if grid[(y + dy) % height][(x + dx) % width]:
                count += 1
    return count


def step(grid):
    height = len(grid)
    width = len(grid[0])
    nxt = make_grid(width, height)
    for y in range(height):
        for x in range(width):
            n = neighbours(grid, x, y)
            alive = grid[y][x]
            nxt[y][x] = n == 3 or (alive and n == 2)
    return nxt


def show(grid):
    lines = []
    for row in grid:
        line = ""
        for cell in row:
            line += "#" if cell else "."
        lines.append(line)
    return "\n".join(lines)


def population(grid):
    total = 0
    for row in grid:
        for cell in row:
            if cell:
                total += 1
    return total


world = make_grid(12, 10)
for x, y in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]:
    world[y][x] = True
for x in range(7, 10):
    world[5][x] = True
for generation in range(12):
    world = step(world)
print(show(world))
print(population(world))

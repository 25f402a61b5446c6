# Chaos game: iterate random affine maps of a fern-like IFS and a Sierpinski triangle with a seeded
# linear congruential generator; rasterise to a coarse grid and print it with a checksum.
ITERATIONS = 1600000
WIDTH, HEIGHT = 64, 32


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


FERN = [
    (0.01, (0.0, 0.0, 0.0, 0.16, 0.0, 0.0)),
    (0.86, (0.85, 0.04, -0.04, 0.85, 0.0, 1.6)),
    (0.93, (0.2, -0.26, 0.23, 0.22, 0.0, 1.6)),
    (1.00, (-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)),
]


def fern(n, rng):
    grid = [[0] * WIDTH for _ in range(HEIGHT)]
    x = y = 0.0
    for _ in range(n):
        r = rng.next_float()
        for threshold, (a, b, c, d, e, f) in FERN:
            if r <= threshold:
                x, y = a * x + b * y + e, c * x + d * y + f
                break
        col = int((x + 2.75) / 5.5 * (WIDTH - 1))
        row = HEIGHT - 1 - int(y / 10.0 * (HEIGHT - 1))
        if 0 <= col < WIDTH and 0 <= row < HEIGHT:
            grid[row][col] += 1
    return grid


def sierpinski(n, rng):
    corners = [(0.0, 0.0), (1.0, 0.0), (0.5, 1.0)]
    grid = [[0] * WIDTH for _ in range(HEIGHT)]
    x, y = 0.25, 0.25
    for _ in range(n):
        cx, cy = corners[int(rng.next_float() * 3)]
        x = (x + cx) * 0.5
        y = (y + cy) * 0.5
        grid[HEIGHT - 1 - int(y * (HEIGHT - 1))][int(x * (WIDTH - 1))] += 1
    return grid


def show(grid):
    chars = " .:-=+*#%@"
    peak = max(max(r) for r in grid)
    for row in grid:
        print("".join(chars[min(9, v * 40 // peak)] if v else " " for v in row).rstrip())
    return sum(v * (i + 1) for r in grid for i, v in enumerate(r)) % 1000003


rng = LCG(42)
a = show(fern(ITERATIONS, rng))
b = show(sierpinski(ITERATIONS // 2, rng))
print("checksum", a, b)

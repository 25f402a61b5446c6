# 2D random walks with a seeded RNG: distance statistics and a visit-frequency grid.
import random
import math

rng = random.Random(2023)
MOVES = [(0, 1), (0, -1), (1, 0), (-1, 0)]


def walk(steps):
    x = y = 0
    visited = {(0, 0): 1}
    for _ in range(steps):
        dx, dy = rng.choice(MOVES)
        x += dx
        y += dy
        visited[(x, y)] = visited.get((x, y), 0) + 1
    return (x, y), visited


dists = []
for trial in range(200):
    (x, y), _ = walk(100)
    dists.append(math.hypot(x, y))
print(f"mean distance {sum(dists) / len(dists):.4f} (sqrt(n) = {math.sqrt(100):.1f})")
print(f"max {max(dists):.4f} min {min(dists):.4f}")
end, visited = walk(400)
print("end", end, "distinct cells", len(visited), "most visited", max(visited.values()))
xs = [p[0] for p in visited]
ys = [p[1] for p in visited]
for yy in range(max(ys), min(ys) - 1, -1):
    row = ""
    for xx in range(min(xs), max(xs) + 1):
        n = visited.get((xx, yy), 0)
        row += "." if n == 0 else "o" if n < 3 else "O" if n < 6 else "@"
    print(row)

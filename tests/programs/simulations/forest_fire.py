# Forest-fire cellular automaton (Drossel-Schwabl) on a small torus with a seeded RNG; prints
# population statistics and a few frames.
import random

rng = random.Random(1001)
W, H = 30, 12
P_GROW, P_LIGHTNING = 0.05, 0.001
EMPTY, TREE, FIRE = ".", "T", "#"
grid = [[TREE if rng.random() < 0.5 else EMPTY for _ in range(W)] for _ in range(H)]


def step(g):
    new = [row[:] for row in g]
    for r in range(H):
        for c in range(W):
            cell = g[r][c]
            if cell == FIRE:
                new[r][c] = EMPTY
            elif cell == TREE:
                burning = any(g[(r + dr) % H][(c + dc) % W] == FIRE for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
                if burning or rng.random() < P_LIGHTNING:
                    new[r][c] = FIRE
            elif rng.random() < P_GROW:
                new[r][c] = TREE
    return new


stats = []
for t in range(120):
    counts = {s: sum(row.count(s) for row in grid) for s in (EMPTY, TREE, FIRE)}
    stats.append(counts)
    if t in (0, 40, 119):
        print(f"t={t} {counts}")
        print("\n".join("".join(row) for row in grid))
    grid = step(grid)
trees = [s[TREE] for s in stats]
fires = [s[FIRE] for s in stats]
print("tree min/max/mean:", min(trees), max(trees), round(sum(trees) / len(trees), 2))
print("steps with fire:", sum(1 for f in fires if f), "peak fire:", max(fires))

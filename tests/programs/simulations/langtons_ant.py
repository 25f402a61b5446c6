# Langton's ant on a sparse grid (set of black cells as tuples); reports the highway onset and
# draws the final pattern's bounding box.
DIRS = [(0, -1), (1, 0), (0, 1), (-1, 0)]
black = set()
x = y = 0
d = 0
history = []
for step in range(11000):
    if (x, y) in black:
        d = (d - 1) % 4
        black.discard((x, y))
    else:
        d = (d + 1) % 4
        black.add((x, y))
    dx, dy = DIRS[d]
    x += dx
    y += dy
    if step % 1000 == 999:
        history.append((step + 1, len(black), (x, y)))
for h in history:
    print(h)
xs = sorted(p[0] for p in black)
ys = sorted(p[1] for p in black)
print("bbox", xs[0], xs[-1], ys[0], ys[-1])
for yy in range(ys[0], ys[0] + 16):
    print("".join("#" if (xx, yy) in black else "." for xx in range(xs[0], xs[0] + 40)))

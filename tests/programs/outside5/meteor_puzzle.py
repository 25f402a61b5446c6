"""Meteor-contest-like pentomino packing on a small board using bitmasks."""

W, H = 5, 4
PIECES = {
    "I": [(0, 0), (1, 0), (2, 0), (3, 0)],
    "L": [(0, 0), (0, 1), (0, 2), (1, 2)],
    "J": [(1, 0), (1, 1), (1, 2), (0, 2)],
    "S": [(1, 0), (2, 0), (0, 1), (1, 1)],
    "O": [(0, 0), (1, 0), (0, 1), (1, 1)],
}


def normalize(cells):
    mx = min(x for x, _ in cells)
    my = min(y for _, y in cells)
    return tuple(sorted((x - mx, y - my) for x, y in cells))


def variants(cells):
    out = set()
    cur = cells
    for _ in range(4):
        cur = [(-y, x) for x, y in cur]
        out.add(normalize(cur))
        out.add(normalize([(-x, y) for x, y in cur]))
    return sorted(out)


def placements(cells):
    masks = []
    for var in variants(cells):
        for oy in range(H):
            for ox in range(W):
                m = 0
                ok = True
                for x, y in var:
                    px, py = x + ox, y + oy
                    if px >= W or py >= H:
                        ok = False
                        break
                    m |= 1 << (py * W + px)
                if ok:
                    masks.append(m)
    return masks


PLACE = {name: placements(c) for name, c in PIECES.items()}
FULL = (1 << (W * H)) - 1
solutions = []


def first_empty(board):
    i = 0
    while board >> i & 1:
        i += 1
    return i


def solve(board, remaining, used):
    if board == FULL:
        solutions.append(list(used))
        return
    cell = first_empty(board)
    bit = 1 << cell
    for name in sorted(remaining):
        for m in PLACE[name]:
            if m & bit and not m & board and (m & -m) == bit:
                used.append((name, m))
                remaining.discard(name)
                solve(board | m, remaining, used)
                remaining.add(name)
                used.pop()


solve(0, set(PIECES), [])


def to_str(sol):
    grid = ["."] * (W * H)
    for name, m in sol:
        for i in range(W * H):
            if m >> i & 1:
                grid[i] = name
    return "".join(grid)


strs = sorted(to_str(s) for s in solutions)
print({k: len(v) for k, v in PLACE.items()})
print(len(solutions), strs[0], strs[-1])
for s in (strs[0], strs[-1]):
    for r in range(H):
        print(" ".join(s[r * W:(r + 1) * W]))
    print()
print(bin(FULL), FULL.bit_length(), bin(PLACE["I"][0]), sum(bin(m).count("1") for m in PLACE["J"]))

"""A small hexagonal tile-placement puzzle solver with constraint propagation (hexiom-like)."""
from itertools import product


class Done:
    MIN_CHOICE_STRATEGY = 0
    MAX_CHOICE_STRATEGY = 1

    def __init__(self, count, empty=False):
        self.count = count
        self.cells = None if empty else [list(range(7)) for _ in range(count)]

    def clone(self):
        d = Done(self.count, True)
        d.cells = [c[:] for c in self.cells]
        return d

    def __getitem__(self, i):
        return self.cells[i]

    def set_done(self, i, v):
        self.cells[i] = [v]

    def already_done(self, i):
        return len(self.cells[i]) == 1

    def remove(self, i, v):
        if v in self.cells[i]:
            self.cells[i].remove(v)
            return True
        return False

    def next_cell(self, strategy):
        best, best_len = None, None
        for i, c in enumerate(self.cells):
            if len(c) > 1:
                if best is None or (len(c) < best_len if strategy == Done.MIN_CHOICE_STRATEGY
                                    else len(c) > best_len):
                    best, best_len = i, len(c)
        return best


class Hex:
    def __init__(self, size):
        self.size = size
        self.count = 3 * size * (size - 1) + 1
        self.by_id = []
        self.by_pos = {}
        cid = 0
        for y in range(size):
            for x in range(size - 1 - y, 2 * size - 1):
                self.by_id.append((x, y))
                self.by_pos[(x, y)] = cid
                cid += 1
        for y in range(1, size):
            for x in range(0, 2 * size - 1 - y):
                self.by_id.append((x, y + size - 1))
                self.by_pos[(x, y + size - 1)] = cid
                cid += 1
        self.links = []
        for (x, y) in self.by_id:
            nbrs = []
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                p = (x + dx, y + dy)
                if p in self.by_pos:
                    nbrs.append(self.by_pos[p])
            self.links.append(sorted(nbrs))


def solve(hexgrid, targets, done, strategy, stats):
    stats["nodes"] += 1
    # propagate: cell i with value v must have exactly v filled neighbours (value>0 = filled)
    changed = True
    while changed:
        changed = False
        for i in range(hexgrid.count):
            if not done.already_done(i):
                continue
            v = done[i][0]
            if v == 0:
                continue
            nb = hexgrid.links[i]
            filled = sum(1 for n in nb if done.already_done(n) and done[n][0] > 0)
            maybe = sum(1 for n in nb if not done.already_done(n))
            if filled > v or filled + maybe < v:
                return None
            if filled == v:
                for n in nb:
                    if not done.already_done(n):
                        done.set_done(n, 0)
                        changed = True
    cell = done.next_cell(strategy)
    if cell is None:
        vals = [done[i][0] for i in range(hexgrid.count)]
        if sorted(v for v in vals if v) != targets:
            return None
        for i, v in enumerate(vals):
            if v and sum(1 for n in hexgrid.links[i] if vals[n]) != v:
                return None
        return vals
    for v in sorted(done[cell], reverse=strategy == Done.MAX_CHOICE_STRATEGY):
        if v and v not in targets:
            continue
        if v > len(hexgrid.links[cell]):
            continue
        nd = done.clone()
        nd.set_done(cell, v)
        used = [nd[i][0] for i in range(hexgrid.count) if nd.already_done(i) and nd[i][0]]
        if any(used.count(t) > targets.count(t) for t in set(used)):
            continue
        r = solve(hexgrid, targets, nd, strategy, stats)
        if r is not None:
            return r
    return None


def show(hexgrid, vals):
    lines = {}
    for i, (x, y) in enumerate(hexgrid.by_id):
        lines.setdefault(y, []).append("." if vals[i] == 0 else str(vals[i]))
    for y in sorted(lines):
        pad = abs(hexgrid.size - 1 - y)
        print(" " * pad + " ".join(lines[y]))


for size, targets in ((2, [1, 1]), (2, [2, 2, 2]), (2, [1, 2, 3, 3, 3]), (3, [2, 3, 3, 3, 3])):
    h = Hex(size)
    for strat in (Done.MIN_CHOICE_STRATEGY, Done.MAX_CHOICE_STRATEGY):
        stats = {"nodes": 0}
        res = solve(h, sorted(targets), Done(h.count), strat, stats)
        print(f"size={size} targets={targets} strategy={strat} nodes={stats['nodes']}")
        if res is None:
            print("  no solution")
        else:
            show(h, res)
print(sum(1 for _ in product(range(3), repeat=4)))

"""A small tile-placement puzzle solver with constraint propagation (in the spirit of hexiom)."""
import itertools


class Done:
    MIN_CHOICE_STRATEGY = 0
    MAX_CHOICE_STRATEGY = 1

    def __init__(self, count, empty=False):
        self.count = count
        self.cells = None if empty else [list(range(4)) for _ in range(count)]

    def clone(self):
        ret = Done(self.count, True)
        ret.cells = [c[:] for c in self.cells]
        return ret

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
                if best is None or (len(c) < best_len if strategy == self.MIN_CHOICE_STRATEGY else len(c) > best_len):
                    best, best_len = i, len(c)
        return best


def neighbours(size):
    result = {}
    for r in range(size):
        for c in range(size):
            i = r * size + c
            result[i] = [rr * size + cc for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)) if 0 <= rr < size and 0 <= cc < size]
    return result


def valid(assign, nbrs, target):
    for i, v in assign.items():
        same = sum(1 for j in nbrs[i] if assign.get(j) == v)
        if same > target[i]:
            return False
    return True


def solve(size, target, strategy=Done.MIN_CHOICE_STRATEGY):
    nbrs = neighbours(size)
    count = size * size
    solutions = []
    stats = {"nodes": 0}

    def rec(done):
        stats["nodes"] += 1
        i = done.next_cell(strategy)
        if i is None:
            assign = {k: done[k][0] for k in range(count)}
            if valid(assign, nbrs, target) and all(
                    sum(1 for j in nbrs[k] if assign[j] == assign[k]) == target[k] for k in range(count)):
                solutions.append(tuple(assign[k] for k in range(count)))
            return
        for v in list(done[i]):
            d2 = done.clone()
            d2.set_done(i, v)
            partial = {k: d2[k][0] for k in range(count) if d2.already_done(k)}
            if valid(partial, nbrs, target):
                rec(d2)
            if len(solutions) >= 3:
                return

    start = Done(count)
    start.set_done(0, 0)
    rec(start)
    return solutions, stats["nodes"]


target = [1, 1, 0, 1, 2, 0, 0, 1, 1]
sols, nodes = solve(3, target)
print(len(sols), nodes)
for s in sols:
    print(" ".join(map(str, s)))
sols2, nodes2 = solve(3, target, Done.MAX_CHOICE_STRATEGY)
print(len(sols2), nodes2, sorted(sols) == sorted(sols2) or "differ")
combos = sum(1 for p in itertools.product(range(2), repeat=9) if valid(dict(enumerate(p)), neighbours(3), [2] * 9))
print(combos)

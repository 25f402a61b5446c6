# A DPLL SAT solver with unit propagation and pure-literal elimination; solves pigeonhole
# instances, a small N-queens encoding, and checks models.
from itertools import combinations


def dpll(clauses, assignment=None, stats=None):
    assignment = dict(assignment or {})
    stats = stats if stats is not None else {"decisions": 0}
    clauses = [list(c) for c in clauses]
    while True:
        simplified = []
        for c in clauses:
            if any(assignment.get(abs(l)) == (l > 0) for l in c):
                continue
            rest = [l for l in c if abs(l) not in assignment]
            if not rest:
                return None
            simplified.append(rest)
        clauses = simplified
        if not clauses:
            return assignment
        units = [c[0] for c in clauses if len(c) == 1]
        if units:
            for l in units:
                if assignment.get(abs(l), l > 0) != (l > 0):
                    return None
                assignment[abs(l)] = l > 0
            continue
        lits = {l for c in clauses for l in c}
        pure = sorted(l for l in lits if -l not in lits)
        if pure:
            for l in pure:
                assignment[abs(l)] = l > 0
            continue
        break
    var = min(abs(l) for c in clauses for l in c)
    for value in (True, False):
        stats["decisions"] += 1
        result = dpll(clauses, {**assignment, var: value}, stats)
        if result is not None:
            return result
    return None


def pigeonhole(pigeons, holes):
    v = lambda p, h: p * holes + h + 1
    clauses = [[v(p, h) for h in range(holes)] for p in range(pigeons)]
    for h in range(holes):
        for p1, p2 in combinations(range(pigeons), 2):
            clauses.append([-v(p1, h), -v(p2, h)])
    return clauses


def queens(n):
    v = lambda r, c: r * n + c + 1
    clauses = [[v(r, c) for c in range(n)] for r in range(n)]
    cells = [(r, c) for r in range(n) for c in range(n)]
    for (r1, c1), (r2, c2) in combinations(cells, 2):
        if r1 == r2 or c1 == c2 or abs(r1 - r2) == abs(c1 - c2):
            clauses.append([-v(r1, c1), -v(r2, c2)])
    return clauses


for p, h in [(3, 3), (4, 3), (5, 4)]:
    stats = {"decisions": 0}
    result = dpll(pigeonhole(p, h), stats=stats)
    print(f"pigeonhole {p}->{h}: {'SAT' if result else 'UNSAT'} decisions={stats['decisions']}")
for n in (4, 5, 6):
    cls = queens(n)
    model = dpll(cls)
    board = [[c for c in range(n) if model and model.get(r * n + c + 1)] for r in range(n)]
    ok = model is not None and all(any(model.get(abs(l)) == (l > 0) for l in c) for c in cls)
    print(n, board, ok)
print(dpll([[1, 2], [-1, 2], [1, -2], [-1, -2]]), dpll([[1], [2, 3], [-3]]))

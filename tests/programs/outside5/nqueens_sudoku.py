"""N-queens (permutation and bitmask solvers) and a constraint-propagation sudoku solver."""


def n_queens_perm(n):
    from itertools import permutations
    cols = range(n)
    return sum(1 for vec in permutations(cols)
               if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)))


def n_queens_bits(n):
    full = (1 << n) - 1
    count = 0

    def go(cols, d1, d2):
        nonlocal count
        if cols == full:
            count += 1
            return
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail ^= bit
            go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)

    go(0, 0, 0)
    return count


print([n_queens_perm(n) for n in range(4, 8)], [n_queens_bits(n) for n in range(4, 10)])

digits = "123456789"
rows = "ABCDEFGHI"
squares = [r + c for r in rows for c in digits]
unitlist = ([[r + c for r in rows] for c in digits] + [[r + c for c in digits] for r in rows] +
            [[r + c for r in rs for c in cs] for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
units = {s: [u for u in unitlist if s in u] for s in squares}
peers = {s: set(sum(units[s], [])) - {s} for s in squares}


def assign(values, s, d):
    other = values[s].replace(d, "")
    if all(eliminate(values, s, d2) for d2 in other):
        return values
    return False


def eliminate(values, s, d):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, "")
    if len(values[s]) == 0:
        return False
    if len(values[s]) == 1:
        d2 = values[s]
        if not all(eliminate(values, s2, d2) for s2 in peers[s]):
            return False
    for u in units[s]:
        places = [sq for sq in u if d in values[sq]]
        if not places:
            return False
        if len(places) == 1 and not assign(values, places[0], d):
            return False
    return values


def parse(grid):
    values = {s: digits for s in squares}
    for s, d in zip(squares, grid):
        if d in digits and not assign(values, s, d):
            return False
    return values


def search(values):
    if values is False:
        return False
    if all(len(values[s]) == 1 for s in squares):
        return values
    n, s = min((len(values[s]), s) for s in squares if len(values[s]) > 1)
    for d in values[s]:
        r = search(assign(values.copy(), s, d))
        if r:
            return r
    return False


def show(values):
    for r in rows:
        print(" ".join(values[r + c] for c in digits))


puzzles = [
    "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
]
for p in puzzles:
    sol = search(parse(p))
    show(sol)
    print(all(sorted(sol[s] for s in u) == list(digits) for u in unitlist))

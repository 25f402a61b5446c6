# N-queens: count all solutions with bitmasks and print the first solution as a board.


def count_solutions(n):
    full = (1 << n) - 1

    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return go(0, 0, 0)


def first_solution(n):
    placed = []

    def safe(row, col):
        return all(c != col and abs(c - col) != row - r for r, c in enumerate(placed))

    def place(row):
        if row == n:
            return True
        for col in range(n):
            if safe(row, col):
                placed.append(col)
                if place(row + 1):
                    return True
                placed.pop()
        return False

    return placed if place(0) else None


for n in range(1, 10):
    print(n, count_solutions(n))
sol = first_solution(8)
print(sol)
for col in sol:
    print(" ".join("Q" if c == col else "." for c in range(8)))
print(first_solution(3))

# Count the solutions of the n-queens problem by backtracking with column and diagonal sets.


def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            place(row + 1)
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return count


def permutations_solutions(n):
    solutions = []
    board = [0] * n

    def ok(row, col):
        for r in range(row):
            c = board[r]
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def go(row):
        if row == n:
            solutions.append(list(board))
            return
        for col in range(n):
            if ok(row, col):
                board[row] = col
                go(row + 1)

    go(0)
    return solutions


for size in range(4, 9):
    print(size, solve(size), len(permutations_solutions(size)))

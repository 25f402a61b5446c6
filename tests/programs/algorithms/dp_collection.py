# Classic dynamic programming problems: matrix chain order, rod cutting, egg drop, longest
# palindromic subsequence, and counting paths with obstacles.
from functools import lru_cache


def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = float("inf")
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k

    def paren(i, j):
        if i == j:
            return f"A{i + 1}"
        return f"({paren(i, split[i][j])}{paren(split[i][j] + 1, j)})"

    return cost[0][n - 1], paren(0, n - 1)


def rod_cutting(prices, n):
    best = [0] * (n + 1)
    choice = [0] * (n + 1)
    for length in range(1, n + 1):
        for cut in range(1, min(length, len(prices)) + 1):
            v = prices[cut - 1] + best[length - cut]
            if v > best[length]:
                best[length], choice[length] = v, cut
    cuts, n0 = [], n
    while n0:
        cuts.append(choice[n0])
        n0 -= choice[n0]
    return best[n], cuts


@lru_cache(maxsize=None)
def egg_drop(eggs, floors):
    if floors <= 1 or eggs == 1:
        return floors
    return 1 + min(max(egg_drop(eggs - 1, f - 1), egg_drop(eggs, floors - f)) for f in range(1, floors + 1))


def longest_pal_subseq(s):
    n = len(s)
    dp = [[0] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        dp[i][i] = 1
        for j in range(i + 1, n):
            dp[i][j] = dp[i + 1][j - 1] + 2 if s[i] == s[j] else max(dp[i + 1][j], dp[i][j - 1])
    return dp[0][n - 1] if n else 0


def grid_paths(grid):
    rows, cols = len(grid), len(grid[0])
    ways = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "#":
                continue
            if r == 0 and c == 0:
                ways[r][c] = 1
            else:
                ways[r][c] = (ways[r - 1][c] if r else 0) + (ways[r][c - 1] if c else 0)
    return ways[-1][-1]


print(matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30]), matrix_chain([5, 10, 3, 12, 5, 50, 6]))
print(rod_cutting([1, 5, 8, 9, 10, 17, 17, 20], 8), rod_cutting([3, 5, 8, 9, 10, 17, 17, 20], 13))
print([egg_drop(2, f) for f in (10, 36, 100)], egg_drop(3, 100))
print([longest_pal_subseq(s) for s in ["bbbab", "cbbd", "character", "racecar", ""]])
print(grid_paths(["....", ".#..", "...#", "#..."]), grid_paths(["." * 10] * 10))

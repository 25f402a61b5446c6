"""Markov decision process value iteration and dynamic programming (edit distance, knapsack, LCS)."""
from functools import lru_cache


class GridMDP:
    def __init__(self, rows, cols, walls, terminals, gamma=0.9, noise=0.2):
        self.rows, self.cols = rows, cols
        self.walls = set(walls)
        self.terminals = dict(terminals)
        self.gamma = gamma
        self.noise = noise
        self.states = [(r, c) for r in range(rows) for c in range(cols) if (r, c) not in self.walls]
        self.actions = {"N": (-1, 0), "S": (1, 0), "E": (0, 1), "W": (0, -1)}

    def move(self, s, a):
        dr, dc = self.actions[a]
        n = (s[0] + dr, s[1] + dc)
        if n in self.walls or not (0 <= n[0] < self.rows and 0 <= n[1] < self.cols):
            return s
        return n

    def transitions(self, s, a):
        left = {"N": "W", "W": "S", "S": "E", "E": "N"}[a]
        right = {"N": "E", "E": "S", "S": "W", "W": "N"}[a]
        return [(1 - self.noise, self.move(s, a)), (self.noise / 2, self.move(s, left)),
                (self.noise / 2, self.move(s, right))]

    def value_iteration(self, eps=1e-6):
        V = {s: 0.0 for s in self.states}
        it = 0
        while True:
            it += 1
            delta = 0.0
            newV = {}
            for s in self.states:
                if s in self.terminals:
                    newV[s] = self.terminals[s]
                    continue
                best = max(sum(p * (-0.04 + self.gamma * V[t]) for p, t in self.transitions(s, a))
                           for a in self.actions)
                newV[s] = best
                delta = max(delta, abs(best - V[s]))
            V = newV
            if delta < eps:
                return V, it

    def policy(self, V):
        pol = {}
        for s in self.states:
            if s in self.terminals:
                pol[s] = "*"
                continue
            pol[s] = max(self.actions, key=lambda a: sum(p * V[t] for p, t in self.transitions(s, a)))
        return pol


mdp = GridMDP(3, 4, [(1, 1)], {(0, 3): 1.0, (1, 3): -1.0})
V, iters = mdp.value_iteration()
print("iterations", iters)
for r in range(3):
    print(" ".join("  ####" if (r, c) in mdp.walls else f"{V[(r, c)]:6.3f}" for c in range(4)))
pol = mdp.policy(V)
for r in range(3):
    print("".join("#" if (r, c) in mdp.walls else pol[(r, c)] for c in range(4)))


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen = []
    c = cap
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return dp[-1][-1], sorted(chosen)


@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return ""
    if a[0] == b[0]:
        return a[0] + lcs(a[1:], b[1:])
    x, y = lcs(a[1:], b), lcs(a, b[1:])
    return x if len(x) >= len(y) else y


pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("benchmark", "bookmark")]
for a, b in pairs:
    print(a, b, edit_distance(a, b), repr(lcs(a, b)))
print(lcs.cache_info().hits > 0, lcs.cache_info().maxsize)
items = [(w, v) for w, v in zip([12, 7, 11, 8, 9, 5, 3, 14, 6, 10], [24, 13, 23, 15, 16, 9, 5, 30, 11, 19])]
print(knapsack(items, 40))


def coin_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for v in range(c, total + 1):
            ways[v] += ways[v - c]
    return ways[total]


print(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200), coin_ways([3, 7], 100))
tri = [[(r * 31 + c * 17) % 23 for c in range(r + 1)] for r in range(60)]
for r in range(len(tri) - 2, -1, -1):
    for c in range(r + 1):
        tri[r][c] += max(tri[r + 1][c], tri[r + 1][c + 1])
print("max path", tri[0][0])

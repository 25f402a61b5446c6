# 0/1 knapsack with item reconstruction, unbounded knapsack and coin change counting.

ITEMS = [
    ("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
    ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
    ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30),
]


def knapsack01(items, cap):
    n = len(items)
    best = [[0] * (cap + 1) for _ in range(n + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        row, prev = best[i], best[i - 1]
        for c in range(cap + 1):
            row[c] = prev[c]
            if w <= c and prev[c - w] + v > row[c]:
                row[c] = prev[c - w] + v
    chosen = []
    c = cap
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            name, w, _ = items[i - 1]
            chosen.append(name)
            c -= w
    return best[n][cap], sorted(chosen)


def unbounded(weights, values, cap):
    dp = [0] * (cap + 1)
    for c in range(1, cap + 1):
        for w, v in zip(weights, values):
            if w <= c:
                dp[c] = max(dp[c], dp[c - w] + v)
    return dp[cap]


def coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]


for cap in (100, 250, 400):
    value, names = knapsack01(ITEMS, cap)
    print(cap, value, names)
print(unbounded([5, 10, 15], [10, 30, 20], 100))
print(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
print(coin_ways([1, 5, 10, 25, 50, 100], 10000))

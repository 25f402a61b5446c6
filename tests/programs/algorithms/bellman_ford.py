# Bellman-Ford with negative edges and negative-cycle detection; currency arbitrage example.
import math


def bellman_ford(n, edges, src):
    dist = [math.inf] * n
    dist[src] = 0
    prev = [None] * n
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
                changed = True
        if not changed:
            break
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            return None, prev
    return dist, prev


edges = [(0, 1, 6), (0, 2, 7), (1, 2, 8), (1, 3, 5), (1, 4, -4), (2, 3, -3), (2, 4, 9), (3, 1, -2), (4, 0, 2), (4, 3, 7)]
dist, prev = bellman_ford(5, edges, 0)
print(dist, prev)
bad = edges + [(3, 2, 1)]
print(bellman_ford(5, bad, 0)[0])
currencies = ["USD", "EUR", "GBP", "JPY"]
rates = {("USD", "EUR"): 0.9, ("EUR", "GBP"): 0.86, ("GBP", "USD"): 1.31, ("USD", "JPY"): 150.0,
         ("JPY", "EUR"): 0.0061, ("EUR", "USD"): 1.1}
idx = {c: i for i, c in enumerate(currencies)}
log_edges = [(idx[a], idx[b], -math.log(r)) for (a, b), r in rates.items()]
result, _ = bellman_ford(4, log_edges, 0)
print("arbitrage possible:", result is None)
print(round(0.9 * 0.86 * 1.31, 6))

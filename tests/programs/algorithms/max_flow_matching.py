# Maximum flow with Edmonds-Karp (BFS augmenting paths), min cut, and bipartite matching via flow.
from collections import deque


def max_flow(n, edges, s, t):
    cap = [[0] * n for _ in range(n)]
    for u, v, c in edges:
        cap[u][v] += c
    flow = 0
    while True:
        parent = [-1] * n
        parent[s] = s
        q = deque([s])
        while q and parent[t] == -1:
            u = q.popleft()
            for v in range(n):
                if parent[v] == -1 and cap[u][v] > 0:
                    parent[v] = u
                    q.append(v)
        if parent[t] == -1:
            break
        bottleneck, v = float("inf"), t
        while v != s:
            bottleneck = min(bottleneck, cap[parent[v]][v])
            v = parent[v]
        v = t
        while v != s:
            cap[parent[v]][v] -= bottleneck
            cap[v][parent[v]] += bottleneck
            v = parent[v]
        flow += bottleneck
    reach, q = {s}, deque([s])
    while q:
        u = q.popleft()
        for v in range(n):
            if cap[u][v] > 0 and v not in reach:
                reach.add(v)
                q.append(v)
    cut = sorted((u, v) for u, v, c in edges if u in reach and v not in reach)
    return flow, cut


edges = [(0, 1, 16), (0, 2, 13), (1, 2, 10), (2, 1, 4), (1, 3, 12), (3, 2, 9), (2, 4, 14), (4, 3, 7), (3, 5, 20), (4, 5, 4)]
print(max_flow(6, edges, 0, 5))
workers = ["ann", "bob", "cy", "dee"]
jobs = ["cook", "drive", "paint", "type"]
can = {"ann": ["cook", "paint"], "bob": ["cook"], "cy": ["drive", "type", "paint"], "dee": ["paint"]}
S, T = 0, 1 + len(workers) + len(jobs)
wid = {w: 1 + i for i, w in enumerate(workers)}
jid = {j: 1 + len(workers) + i for i, j in enumerate(jobs)}
flow_edges = [(S, wid[w], 1) for w in workers] + [(jid[j], T, 1) for j in jobs]
flow_edges += [(wid[w], jid[j], 1) for w in workers for j in can[w]]
size, _ = max_flow(T + 1, flow_edges, S, T)
print("max matching:", size)

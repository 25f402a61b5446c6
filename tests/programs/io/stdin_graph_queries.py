# Reads a graph and queries from stdin (see stdin_graph_queries.stdin): "N M", M edge lines, then
# query lines "path A B" or "degree A"; answers with BFS shortest paths.
import sys
from collections import deque

tokens = sys.stdin.read().split("\n")
it = iter(tokens)
n, m = map(int, next(it).split())
adj = {i: [] for i in range(1, n + 1)}
for _ in range(m):
    a, b = map(int, next(it).split())
    adj[a].append(b)
    adj[b].append(a)
for v in adj:
    adj[v].sort()


def path(a, b):
    prev = {a: None}
    q = deque([a])
    while q:
        u = q.popleft()
        if u == b:
            out = []
            while u is not None:
                out.append(u)
                u = prev[u]
            return out[::-1]
        for w in adj[u]:
            if w not in prev:
                prev[w] = u
                q.append(w)
    return None


for line in it:
    parts = line.split()
    if not parts:
        continue
    if parts[0] == "path":
        p = path(int(parts[1]), int(parts[2]))
        print(f"path {parts[1]} {parts[2]}:", "-".join(map(str, p)) if p else "none")
    elif parts[0] == "degree":
        print(f"degree {parts[1]}:", len(adj[int(parts[1])]))
    else:
        print("unknown query:", line)

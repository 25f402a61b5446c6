# Annotated graph algorithms: BFS levels, DFS order, shortest path with typed containers.
from collections import deque


Graph = dict[int, list[int]]


def build(n: int, edges: list[tuple[int, int]]) -> Graph:
    g: Graph = {i: [] for i in range(n)}
    for a, b in edges:
        g[a].append(b)
        g[b].append(a)
    for adj in g.values():
        adj.sort()
    return g


def bfs_levels(g: Graph, start: int) -> dict[int, int]:
    level: dict[int, int] = {start: 0}
    q: deque[int] = deque([start])
    while q:
        u = q.popleft()
        for v in g[u]:
            if v not in level:
                level[v] = level[u] + 1
                q.append(v)
    return level


def dfs_order(g: Graph, start: int) -> list[int]:
    seen: set[int] = set()
    order: list[int] = []
    stack: list[int] = [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        stack.extend(reversed(g[u]))
    return order


def shortest_path(g: Graph, a: int, b: int) -> list[int] | None:
    prev: dict[int, int | None] = {a: None}
    q: deque[int] = deque([a])
    while q:
        u = q.popleft()
        if u == b:
            path: list[int] = []
            cur: int | None = u
            while cur is not None:
                path.append(cur)
                cur = prev[cur]
            return path[::-1]
        for v in g[u]:
            if v not in prev:
                prev[v] = u
                q.append(v)
    return None


edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 5), (6, 7)]
g = build(8, edges)
print(bfs_levels(g, 0))
print(dfs_order(g, 0))
print(shortest_path(g, 0, 5), shortest_path(g, 5, 1), shortest_path(g, 0, 7))

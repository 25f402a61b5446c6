from collections import defaultdict, deque
import heapq


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]

    def nodes(self):
        return sorted(self.adj)

    def topo_sort(self):
        indeg = {n: 0 for n in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        q = deque(sorted(n for n, d in indeg.items() if d == 0))
        order = []
        while q:
            n = q.popleft()
            order.append(n)
            for v in sorted(self.adj[n]):
                indeg[v] -= 1
                if indeg[v] == 0:
                    q.append(v)
        if len(order) != len(self.adj):
            raise ValueError("graph has a cycle")
        return order

    def mst(self):
        start = self.nodes()[0]
        seen = {start}
        edges = [(w, start, v) for v, w in self.adj[start].items()]
        heapq.heapify(edges)
        total, used = 0, []
        while edges and len(seen) < len(self.adj):
            w, u, v = heapq.heappop(edges)
            if v in seen:
                continue
            seen.add(v)
            total += w
            used.append((u, v, w))
            for x, wx in self.adj[v].items():
                if x not in seen:
                    heapq.heappush(edges, (wx, v, x))
        return total, used

    def components(self):
        seen, comps = set(), []
        for n in self.nodes():
            if n in seen:
                continue
            comp, stack = [], [n]
            seen.add(n)
            while stack:
                x = stack.pop()
                comp.append(x)
                for y in self.adj[x]:
                    if y not in seen:
                        seen.add(y)
                        stack.append(y)
            comps.append(sorted(comp))
        return comps

    def scc(self):
        index, low, on, stack, out = {}, {}, set(), [], []
        counter = [0]

        def strong(v):
            index[v] = low[v] = counter[0]
            counter[0] += 1
            stack.append(v)
            on.add(v)
            for w in self.adj[v]:
                if w not in index:
                    strong(w)
                    low[v] = min(low[v], low[w])
                elif w in on:
                    low[v] = min(low[v], index[w])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                out.append(sorted(comp))

        for v in self.nodes():
            if v not in index:
                strong(v)
        return sorted(out)


dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add_edge(u, v)
print(dag.topo_sort())
dag.add_edge("jacket", "shirt")
try:
    dag.topo_sort()
except ValueError as e:
    print("ValueError:", e)
print(dag.scc())
g = Graph()
for u, v, w in [(1, 2, 7), (1, 4, 5), (2, 3, 8), (2, 4, 9), (2, 5, 7), (3, 5, 5), (4, 5, 15), (4, 6, 6), (5, 6, 8), (5, 7, 9), (6, 7, 11), (8, 9, 1)]:
    g.add_edge(u, v, w)
print(g.mst()[0], g.components())


def floyd(n, edges):
    INF = float("inf")
    d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
    for u, v, w in edges:
        d[u][v] = w
    for k in range(n):
        for i in range(n):
            for j in range(n):
                if d[i][k] + d[k][j] < d[i][j]:
                    d[i][j] = d[i][k] + d[k][j]
    return d


for row in floyd(4, [(0, 1, 3), (1, 2, 1), (2, 3, 7), (0, 3, 15), (3, 0, 2)]):
    print(["inf" if x == float("inf") else x for x in row])


def bipartite(adj):
    color = {}
    for s in adj:
        if s in color:
            continue
        color[s] = 0
        q = deque([s])
        while q:
            u = q.popleft()
            for v in adj[u]:
                if v not in color:
                    color[v] = 1 - color[u]
                    q.append(v)
                elif color[v] == color[u]:
                    return False
    return True


print(bipartite({0: [1, 3], 1: [0, 2], 2: [1, 3], 3: [0, 2]}), bipartite({0: [1, 2], 1: [0, 2], 2: [0, 1]}))

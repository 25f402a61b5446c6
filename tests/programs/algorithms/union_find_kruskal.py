# Kruskal's minimum spanning tree with a union-find (path compression + union by rank).


class DisjointSet:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.components = n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.components -= 1
        return True


def kruskal(n, edges):
    ds = DisjointSet(n)
    total = 0
    chosen = []
    for w, u, v in sorted(edges):
        if ds.union(u, v):
            total += w
            chosen.append((u, v, w))
    return total, chosen, ds.components


def make_edges(n):
    edges = []
    for u in range(n):
        for v in range(u + 1, n):
            if (u * 31 + v * 17) % 5 < 2:
                edges.append(((u * v + 7 * u + 3 * v) % 23 + 1, u, v))
    return edges


for n in (4, 8, 12):
    edges = make_edges(n)
    total, chosen, comps = kruskal(n, edges)
    print(f"n={n} edges={len(edges)} mst_weight={total} components={comps}")
    print("  ", chosen[:6])

# Kruskal's minimum spanning tree with a union-find (path compression, union by rank).


class DisjointSet:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.sets = n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            nxt = self.parent[x]
            self.parent[x] = root
            x = nxt
        return root

    def union(self, a, b):
        ra = self.find(a)
        rb = self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True


def kruskal(n, edges):
    ds = DisjointSet(n)
    tree = []
    weight = 0
    for w, a, b in sorted(edges):
        if ds.union(a, b):
            tree.append((a, b))
            weight += w
    return weight, tree


edges = []
for i in range(8):
    for j in range(i + 1, 8):
        edges.append(((i * 13 + j * 7) % 17 + 1, i, j))
total, tree = kruskal(8, edges)
print(total)
print(tree)

# Shortest paths on a weighted graph with Dijkstra's algorithm and a hand-written binary heap.


class Heap:
    def __init__(self):
        self.items = []

    def push(self, dist, node):
        self.items.append((dist, node))
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[parent][0] <= self.items[i][0]:
                break
            self.items[parent], self.items[i] = self.items[i], self.items[parent]
            i = parent

    def pop(self):
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i = 0
            n = len(self.items)
            while True:
                left = 2 * i + 1
                right = left + 1
                smallest = i
                if left < n and self.items[left][0] < self.items[smallest][0]:
                    smallest = left
                if right < n and self.items[right][0] < self.items[smallest][0]:
                    smallest = right
                if smallest == i:
                    break
                self.items[smallest], self.items[i] = self.items[i], self.items[smallest]
                i = smallest
        return top

    def empty(self):
        return len(self.items) == 0


def add_edge(graph, a, b, w):
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))


def dijkstra(graph, source):
    dist = {source: 0.0}
    heap = Heap()
    heap.push(0.0, source)
    while not heap.empty():
        d, node = heap.pop()
        if d > dist.get(node, 1e18):
            continue
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, 1e18):
                dist[nxt] = nd
                heap.push(nd, nxt)
    return dist


graph = {}
names = ["a", "b", "c", "d", "e", "f"]
for i in range(len(names)):
    for j in range(i + 1, len(names)):
        add_edge(graph, names[i], names[j], float((i * 7 + j * 3) % 10 + 1))
result = dijkstra(graph, "a")
for name in names:
    print(name, result[name])

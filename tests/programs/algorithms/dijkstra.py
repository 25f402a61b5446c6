# Dijkstra shortest paths on a weighted graph given as an edge list string.
import heapq

EDGES = """
A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
G H 1
"""


def parse(text):
    graph = {}
    for line in text.strip().splitlines():
        u, v, w = line.split()
        w = int(w)
        graph.setdefault(u, []).append((v, w))
        graph.setdefault(v, []).append((u, w))
    return graph


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    done = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


def main():
    g = parse(EDGES)
    dist, prev = dijkstra(g, "A")
    for node in sorted(g):
        if node in dist:
            print(f"{node}: {dist[node]:3d} via {'->'.join(path_to(prev, node))}")
        else:
            print(f"{node}: unreachable")


if __name__ == "__main__":
    main()

import heapq
from bisect import bisect_left, bisect_right, insort
from collections import deque, namedtuple

Task = namedtuple("Task", "priority name duration")

tasks = [Task(3, "write", 5), Task(1, "plan", 2), Task(2, "code", 8), Task(1, "coffee", 1), Task(5, "ship", 1)]
heap = list(tasks)
heapq.heapify(heap)
t = 0
log = []
while heap:
    task = heapq.heappop(heap)
    t += task.duration
    log.append(f"{task.name}@{t}")
print(" ".join(log))
print(heapq.nlargest(2, tasks, key=lambda x: x.duration))
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
h = []
for x in [5, 3, 8, 1]:
    heapq.heappush(h, (-x, str(x)))
print(heapq.heappushpop(h, (-4, "4")), heapq.heapreplace(h, (0, "0")), sorted(h))

def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    prev = {}
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

g = {"A": [("B", 4), ("C", 2)], "B": [("D", 5)], "C": [("B", 1), ("D", 8), ("E", 10)], "D": [("E", 2)], "E": []}
dist, prev = dijkstra(g, "A")
print(sorted(dist.items()))
node, path = "E", []
while node != "A":
    path.append(node)
    node = prev[node]
print("->".join(reversed(path + ["A"])))

grades = [60, 70, 80, 90]
def grade(s):
    return "FDCBA"[bisect_right(grades, s)]
print([grade(s) for s in [33, 60, 69, 70, 89, 90, 100]])
arr = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(arr, v)
print(arr, bisect_left(arr, 5), bisect_right(arr, 5))
dq = deque(maxlen=3)
for i in range(6):
    dq.append(i)
print(dq, list(dq))
dq2 = deque([1, 2, 3, 4, 5])
dq2.rotate(2); print(dq2)
dq2.rotate(-3); print(dq2)
dq2.appendleft(0); dq2.extendleft([9, 8]); print(dq2, dq2.popleft(), dq2.pop())
print(Task(1, "a", 2)._replace(name="b"), Task._fields, Task(1, "x", 3)._asdict())
p = Task._make([9, "z", 0])
print(p, p.priority, p[1], p < Task(9, "zz", 0))

import heapq
import bisect


def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist


g = {"A": [("B", 4), ("C", 2)], "B": [("C", 5), ("D", 10)], "C": [("E", 3)], "E": [("D", 4)], "D": []}
print(sorted(dijkstra(g, "A").items()))
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h, heapq.nsmallest(3, h), heapq.nlargest(2, h), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
print([heapq.heappop(h) for _ in range(3)], heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))


class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return f"Task({self.pri}, {self.name})"


tasks = []
for p, n in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(tasks, Task(p, n))
print(heapq.heappop(tasks), tasks[0])


def kth_largest(nums, k):
    heap = nums[:k]
    heapq.heapify(heap)
    for n in nums[k:]:
        if n > heap[0]:
            heapq.heapreplace(heap, n)
    return heap[0]


print(kth_largest([3, 2, 1, 5, 6, 4], 2), kth_largest([3, 2, 3, 1, 2, 4, 5, 5, 6], 4))
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 100))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 5), ("c", 9)]
keys = [r[1] for r in recs]
print(recs[bisect.bisect_left(keys, 5)], bisect.bisect_left(recs, ("b",)), bisect.bisect_right([1, 2, 3], 2, lo=2))
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))


def lis(seq):
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis(list(range(50, 0, -1))))


class MedianFinder:
    def __init__(self):
        self.lo, self.hi = [], []

    def add(self, x):
        heapq.heappush(self.lo, -x)
        heapq.heappush(self.hi, -heapq.heappop(self.lo))
        if len(self.hi) > len(self.lo):
            heapq.heappush(self.lo, -heapq.heappop(self.hi))

    def median(self):
        if len(self.lo) > len(self.hi):
            return -self.lo[0]
        return (-self.lo[0] + self.hi[0]) / 2


mf = MedianFinder()
out = []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    mf.add(x)
    out.append(mf.median())
print(out)

# heapq: task scheduling by priority, merging sorted streams, nlargest/nsmallest, running median.
import heapq

tasks = [(3, "write report"), (1, "fix outage"), (2, "review PR"), (1, "call vendor"), (5, "lunch")]
heap = []
for t in tasks:
    heapq.heappush(heap, t)
while heap:
    prio, name = heapq.heappop(heap)
    print(prio, name)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
scores = {"ann": 88, "bob": 95, "cy": 72, "dee": 95, "eve": 60, "fay": 81}
print(heapq.nlargest(3, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
data = [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]
lo, hi = [], []
medians = []
for x in data:
    if not lo or x <= -lo[0]:
        heapq.heappush(lo, -x)
    else:
        heapq.heappush(hi, x)
    if len(lo) > len(hi) + 1:
        heapq.heappush(hi, -heapq.heappop(lo))
    elif len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    medians.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print(medians)
h = [9, 4, 7, 1, 8]
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 0), heapq.heapreplace(h, 6), sorted(h))

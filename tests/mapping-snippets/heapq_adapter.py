# Snippet for the 'heapq' adapter.
import heapq
from heapq import heappush, nsmallest

h = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, v)
print(h)
print(heapq.heappop(h), heapq.heappop(h), h)
heappush(h, 0)
print(heapq.heapreplace(h, 7), h)
print(heapq.heappushpop(h, 4), h)
print(heapq.heappushpop(h, -1), h)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data)
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(2, [4, 1, 7, 3, 9, 2]))
print(heapq.nlargest(2, ["bb", "a", "cccc"], key=len), nsmallest(2, ["bb", "a", "cccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(list(heapq.merge(["c", "aa"], ["bbb"], key=len)), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

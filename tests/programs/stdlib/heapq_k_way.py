# k-way merge of sorted log streams with heapq, top-k frequent words, and kth smallest in matrix.
import heapq
from collections import Counter

streams = {
    "web": [(1, "GET /"), (4, "GET /a"), (9, "POST /b")],
    "db": [(2, "SELECT"), (3, "UPDATE"), (10, "COMMIT")],
    "cache": [(5, "MISS"), (6, "HIT"), (7, "HIT"), (8, "EVICT")],
}
heap = []
for name, events in streams.items():
    it = iter(events)
    first = next(it, None)
    if first:
        heapq.heappush(heap, (first[0], name, first[1], it))
merged = []
while heap:
    t, name, msg, it = heapq.heappop(heap)
    merged.append(f"{t:02d} {name:5} {msg}")
    nxt = next(it, None)
    if nxt:
        heapq.heappush(heap, (nxt[0], name, nxt[1], it))
print("\n".join(merged))
text = "a b c a b a d e f a b c c c c g h a".split()
counts = Counter(text)
print(heapq.nlargest(3, counts.items(), key=lambda kv: (kv[1], kv[0])))
matrix = [[1, 5, 9], [10, 11, 13], [12, 13, 15]]


def kth_smallest(m, k):
    h = [(row[0], r, 0) for r, row in enumerate(m)]
    heapq.heapify(h)
    for _ in range(k - 1):
        v, r, c = heapq.heappop(h)
        if c + 1 < len(m[r]):
            heapq.heappush(h, (m[r][c + 1], r, c + 1))
    return h[0][0]


print([kth_smallest(matrix, k) for k in range(1, 10)])

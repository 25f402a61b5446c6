# Flight routes from CSV text: build adjacency, find cheapest and fewest-hop itineraries, hubs.
import heapq
from collections import deque, defaultdict

ROUTES = """from,to,price
OSL,CPH,80
OSL,ARN,75
CPH,LHR,120
ARN,LHR,150
OSL,LHR,260
LHR,JFK,400
CPH,JFK,520
ARN,HEL,60
HEL,JFK,480
JFK,SFO,210
LHR,SFO,690
"""

adj = defaultdict(list)
for line in ROUTES.strip().splitlines()[1:]:
    a, b, price = line.split(",")
    adj[a].append((b, int(price)))


def cheapest(src, dst):
    heap = [(0, src, [src])]
    seen = set()
    while heap:
        cost, node, path = heapq.heappop(heap)
        if node == dst:
            return cost, path
        if node in seen:
            continue
        seen.add(node)
        for nxt, price in adj[node]:
            if nxt not in seen:
                heapq.heappush(heap, (cost + price, nxt, path + [nxt]))
    return None


def fewest_hops(src, dst):
    q = deque([[src]])
    seen = {src}
    while q:
        path = q.popleft()
        if path[-1] == dst:
            return path
        for nxt, _ in sorted(adj[path[-1]]):
            if nxt not in seen:
                seen.add(nxt)
                q.append(path + [nxt])
    return None


for src, dst in [("OSL", "SFO"), ("OSL", "JFK"), ("ARN", "SFO"), ("SFO", "OSL")]:
    print(src, dst, cheapest(src, dst), fewest_hops(src, dst))
degree = defaultdict(int)
for a, outs in list(adj.items()):
    for b, _ in outs:
        degree[a] += 1
        degree[b] += 1
print(sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:3])

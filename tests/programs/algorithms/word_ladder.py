# Word ladder: BFS over a small dictionary with wildcard buckets; all shortest ladders via parents.
from collections import defaultdict, deque

WORDS = """cold cord card ward warm worm word wore core cure pure pore more mare male mole hole hold
bold bolt boat coat cost most mist fist fish dish wish wash cash case cast east fast last list lost
cot cog dog dot hot hit sit sat cat bat bag big dig""".split()


def buckets(words):
    b = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            b[w[:i] + "_" + w[i + 1:]].append(w)
    return b


def ladders(start, goal, words):
    b = buckets(words)
    parents = defaultdict(list)
    depth = {start: 0}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            break
        for i in range(len(w)):
            for nxt in b[w[:i] + "_" + w[i + 1:]]:
                if nxt not in depth:
                    depth[nxt] = depth[w] + 1
                    q.append(nxt)
                if depth[nxt] == depth[w] + 1:
                    parents[nxt].append(w)
    if goal not in depth:
        return []
    out = []

    def build(w, path):
        if w == start:
            out.append([start] + path[::-1])
            return
        for p in sorted(parents[w]):
            build(p, path + [w])

    build(goal, [])
    return sorted(out)


for a, b in [("cold", "warm"), ("cat", "dog"), ("fish", "cash"), ("cold", "cat"), ("most", "list")]:
    paths = ladders(a, b, WORDS)
    print(f"{a}->{b}: {len(paths)} ladder(s)", paths[:3])

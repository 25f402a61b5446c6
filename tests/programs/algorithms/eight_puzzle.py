# Solving the 8-puzzle with A* and the Manhattan-distance heuristic.
import heapq

GOAL = (1, 2, 3, 4, 5, 6, 7, 8, 0)


def manhattan(state):
    d = 0
    for i, v in enumerate(state):
        if v:
            g = v - 1
            d += abs(i // 3 - g // 3) + abs(i % 3 - g % 3)
    return d


def neighbors(state):
    z = state.index(0)
    r, c = divmod(z, 3)
    for dr, dc, name in ((-1, 0, "U"), (1, 0, "D"), (0, -1, "L"), (0, 1, "R")):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 3 and 0 <= nc < 3:
            s = list(state)
            j = nr * 3 + nc
            s[z], s[j] = s[j], s[z]
            yield tuple(s), name


def solvable(state):
    tiles = [t for t in state if t]
    inv = sum(1 for i in range(len(tiles)) for j in range(i + 1, len(tiles)) if tiles[i] > tiles[j])
    return inv % 2 == 0


def astar(start):
    if not solvable(start):
        return None
    frontier = [(manhattan(start), 0, start, "")]
    best = {start: 0}
    expanded = 0
    while frontier:
        f, g, state, path = heapq.heappop(frontier)
        if state == GOAL:
            return path, expanded
        if g > best.get(state, g):
            continue
        expanded += 1
        for nxt, move in neighbors(state):
            ng = g + 1
            if ng < best.get(nxt, 1 << 30):
                best[nxt] = ng
                heapq.heappush(frontier, (ng + manhattan(nxt), ng, nxt, path + move))
    return None


for start in [(1, 2, 3, 4, 5, 6, 0, 7, 8), (8, 6, 7, 2, 5, 4, 3, 0, 1), (1, 2, 3, 4, 5, 6, 8, 7, 0),
              (4, 1, 3, 7, 2, 6, 0, 5, 8)]:
    res = astar(start)
    if res is None:
        print(start, "unsolvable")
    else:
        path, expanded = res
        print(start, len(path), path[:30], expanded > 0)

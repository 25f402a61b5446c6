from collections import deque
import heapq
MAZE = """\
##########
#S...#...#
#.##.#.#.#
#.#..#.#.#
#.#.##.#.#
#...#..#E#
###.#.##.#
#.....#..#
##########"""
grid = [list(r) for r in MAZE.splitlines()]
R, C = len(grid), len(grid[0])
start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
end = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "E")
def neighbors(p):
    r, c = p
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#":
            yield nr, nc
def bfs():
    q = deque([start]); prev = {start: None}
    while q:
        p = q.popleft()
        if p == end:
            break
        for n in neighbors(p):
            if n not in prev:
                prev[n] = p; q.append(n)
    path = []
    p = end
    while p is not None:
        path.append(p); p = prev[p]
    return path[::-1], len(prev)
path, explored = bfs()
print(len(path) - 1, explored)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
def astar():
    h = lambda p: abs(p[0] - end[0]) + abs(p[1] - end[1])
    openq = [(h(start), 0, start)]
    g = {start: 0}
    closed = set()
    while openq:
        f, cost, p = heapq.heappop(openq)
        if p in closed:
            continue
        closed.add(p)
        if p == end:
            return cost, len(closed)
        for n in neighbors(p):
            nc = cost + 1
            if nc < g.get(n, 1 << 30):
                g[n] = nc
                heapq.heappush(openq, (nc + h(n), nc, n))
    return None
print(astar())
def flood_regions(text):
    cells = [list(l) for l in text.split()]
    seen = set(); regions = {}
    for r in range(len(cells)):
        for c in range(len(cells[0])):
            if (r, c) in seen:
                continue
            ch = cells[r][c]; stack = [(r, c)]; seen.add((r, c)); area = 0; per = 0
            while stack:
                y, x = stack.pop(); area += 1
                for dy, dx in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                    ny, nx = y + dy, x + dx
                    if 0 <= ny < len(cells) and 0 <= nx < len(cells[0]) and cells[ny][nx] == ch:
                        if (ny, nx) not in seen:
                            seen.add((ny, nx)); stack.append((ny, nx))
                    else:
                        per += 1
            regions.setdefault(ch, []).append((area, per))
    return regions
reg = flood_regions("AAAA BBCD BBCC EEEC")
print(sorted(reg.items()), sum(a * p for v in reg.values() for a, p in v))
spiral = [[0] * 5 for _ in range(5)]
r = c = 0; dr, dc = 0, 1
for i in range(1, 26):
    spiral[r][c] = i
    if not (0 <= r + dr < 5 and 0 <= c + dc < 5 and spiral[r + dr][c + dc] == 0):
        dr, dc = dc, -dr
    r += dr; c += dc
for row in spiral:
    print(" ".join(f"{v:2}" for v in row))
print([list(x) for x in zip(*spiral[::-1])][0], [row[::-1] for row in spiral][0])

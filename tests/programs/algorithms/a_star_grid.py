# A* pathfinding on a weighted grid (digits are terrain costs, # is a wall), Manhattan heuristic.
import heapq

TERRAIN = """
S1111#111
1#9#1#1#1
1#1#111#1
1#1####91
111119111
##1##1##1
1111111#E
"""


def parse(text):
    grid = [list(row) for row in text.strip().splitlines()]
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
                row[c] = "1"
            elif ch == "E":
                goal = (r, c)
                row[c] = "1"
    return grid, start, goal


def astar(grid, start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    frontier = [(h(start), 0, start)]
    cost = {start: 0}
    prev = {start: None}
    expanded = 0
    while frontier:
        _, g, cur = heapq.heappop(frontier)
        if cur == goal:
            break
        if g > cost[cur]:
            continue
        expanded += 1
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
                ng = g + int(grid[nr][nc])
                if ng < cost.get((nr, nc), 1 << 30):
                    cost[(nr, nc)] = ng
                    prev[(nr, nc)] = cur
                    heapq.heappush(frontier, (ng + h((nr, nc)), ng, (nr, nc)))
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return cost[goal], path[::-1], expanded


grid, start, goal = parse(TERRAIN)
total, path, expanded = astar(grid, start, goal)
print("cost", total, "steps", len(path) - 1, "expanded", expanded)
for r, c in path:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))

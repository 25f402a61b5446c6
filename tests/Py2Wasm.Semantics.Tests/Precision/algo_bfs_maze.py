# Breadth-first search through a text maze, reconstructing and drawing the shortest path.

MAZE = [
    "##########",
    "#S.....#.#",
    "#.##.#.#.#",
    "#.#..#...#",
    "#.#.####.#",
    "#...#...E#",
    "##########",
]


def find(grid, ch):
    for y in range(len(grid)):
        for x in range(len(grid[y])):
            if grid[y][x] == ch:
                return (x, y)
    return (-1, -1)


def bfs(grid, start, goal):
    frontier = [start]
    came_from = {start: start}
    head = 0
    while head < len(frontier):
        cur = frontier[head]
        head += 1
        if cur == goal:
            break
        x, y = cur
        for dx, dy in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            nxt = (x + dx, y + dy)
            if grid[nxt[1]][nxt[0]] != "#" and nxt not in came_from:
                came_from[nxt] = cur
                frontier.append(nxt)
    path = []
    cur = goal
    while cur != start:
        path.append(cur)
        cur = came_from[cur]
    path.reverse()
    return path


def draw(grid, path):
    rows = [list(row) for row in grid]
    for x, y in path[:-1]:
        rows[y][x] = "*"
    return ["".join(r) for r in rows]


s = find(MAZE, "S")
e = find(MAZE, "E")
route = bfs(MAZE, s, e)
print(len(route))
for line in draw(MAZE, route):
    print(line)

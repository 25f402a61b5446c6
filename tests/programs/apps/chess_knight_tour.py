# Knight's tour on small boards with Warnsdorff's heuristic (ties broken deterministically),
# plus knight-distance BFS table.
from collections import deque

MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]


def tour(n, start=(0, 0)):
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1
    for step in range(2, n * n + 1):
        options = []
        for dr, dc in MOVES:
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < n and not board[nr][nc]:
                degree = sum(1 for er, ec in MOVES if 0 <= nr + er < n and 0 <= nc + ec < n and not board[nr + er][nc + ec])
                options.append((degree, nr, nc))
        if not options:
            return None
        _, r, c = min(options)
        board[r][c] = step
    return board


def distances(n, start=(0, 0)):
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        for dr, dc in MOVES:
            nxt = (r + dr, c + dc)
            if 0 <= nxt[0] < n and 0 <= nxt[1] < n and nxt not in dist:
                dist[nxt] = dist[(r, c)] + 1
                q.append(nxt)
    return dist


for n in (5, 6, 8):
    b = tour(n)
    if b is None:
        print(n, "no tour found")
        continue
    print(f"{n}x{n} tour:")
    for row in b:
        print(" ".join(f"{v:2d}" for v in row))
d = distances(8)
for r in range(8):
    print("".join(str(d[(r, c)]) for c in range(8)))

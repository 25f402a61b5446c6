# Matrix traversal patterns: spiral order, zigzag (diagonal) order, rotation, and an odd-order
# magic square by the Siamese method.


def spiral(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        out.extend(m[top][c] for c in range(left, right + 1))
        out.extend(m[r][right] for r in range(top + 1, bottom + 1))
        if top < bottom:
            out.extend(m[bottom][c] for c in range(right - 1, left - 1, -1))
        if left < right:
            out.extend(m[r][left] for r in range(bottom - 1, top, -1))
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out


def zigzag(n):
    order = sorted(((r, c) for r in range(n) for c in range(n)),
                   key=lambda p: (p[0] + p[1], p[0] if (p[0] + p[1]) % 2 else -p[0]))
    grid = [[0] * n for _ in range(n)]
    for i, (r, c) in enumerate(order):
        grid[r][c] = i
    return grid


def rotate(m):
    return [list(row) for row in zip(*m[::-1])]


def magic(n):
    sq = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        sq[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if sq[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return sq


def show(m):
    w = max(len(str(v)) for row in m for v in row)
    return "\n".join(" ".join(str(v).rjust(w) for v in row) for row in m)


m = [[r * 4 + c + 1 for c in range(4)] for r in range(3)]
print(spiral(m), spiral([[1]]), spiral([[1, 2, 3]]), spiral([[1], [2], [3]]))
print(show(zigzag(5)))
print(show(rotate(m)))
sq = magic(5)
print(show(sq))
print({sum(r) for r in sq} | {sum(c) for c in zip(*sq)} | {sum(sq[i][i] for i in range(5)), sum(sq[i][4 - i] for i in range(5))})

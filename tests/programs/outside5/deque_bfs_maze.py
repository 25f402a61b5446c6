"""BFS over a generated maze and a word ladder using collections.deque, plus deque operations."""
import random
from collections import deque

rng = random.Random(11)
W, H = 31, 15
grid = [["#"] * W for _ in range(H)]


def carve(x, y):
    stack = [(x, y)]
    grid[y][x] = " "
    while stack:
        cx, cy = stack[-1]
        dirs = [(2, 0), (-2, 0), (0, 2), (0, -2)]
        rng.shuffle(dirs)
        for dx, dy in dirs:
            nx, ny = cx + dx, cy + dy
            if 0 < nx < W - 1 and 0 < ny < H - 1 and grid[ny][nx] == "#":
                grid[cy + dy // 2][cx + dx // 2] = " "
                grid[ny][nx] = " "
                stack.append((nx, ny))
                break
        else:
            stack.pop()


carve(1, 1)


def bfs(start, goal):
    q = deque([start])
    prev = {start: None}
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        x, y = cur
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if grid[ny][nx] != "#" and (nx, ny) not in prev:
                prev[(nx, ny)] = cur
                q.append((nx, ny))
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)


path, seen = bfs((1, 1), (W - 2, H - 2))
for x, y in path:
    grid[y][x] = "."
print("\n".join("".join(r) for r in grid))
print(len(path), seen)

words = {"cold", "cord", "card", "ward", "warm", "word", "worm", "corm", "core", "care", "wore", "ware"}


def ladder(a, b):
    q = deque([[a]])
    visited = {a}
    while q:
        p = q.popleft()
        if p[-1] == b:
            return p
        for i in range(len(a)):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                w = p[-1][:i] + ch + p[-1][i + 1:]
                if w in words and w not in visited:
                    visited.add(w)
                    q.append(p + [w])
    return None


print(ladder("cold", "warm"), ladder("cold", "xxxx"))
d = deque(range(10), maxlen=7)
print(d, d.maxlen)
d.rotate(2)
print(d)
d.rotate(-3)
d.appendleft(-1)
d.extend([100, 101])
d.extendleft("ab")
print(d, d.count(100), d.index(5) if 5 in d else None, d[0], d[-1])
d.remove(6)
print(d, len(d), list(reversed(d)))
window = deque(maxlen=3)
avgs = []
for v in [1, 5, 2, 8, 3, 9, 4]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print([round(a, 2) for a in avgs])
d2 = deque()
for i in range(100000):
    d2.append(i)
    if len(d2) > 50:
        d2.popleft()
print(sum(d2), d2[0], d2.pop(), deque("abc") == deque(["a", "b", "c"]), deque([1, 2]) + deque([3]))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

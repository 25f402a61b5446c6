# A job scheduler and a grid breadth-first search built on the queue module (Queue, PriorityQueue, LifoQueue).
import queue

GRID = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]


def shortest_path(grid):
    rows, cols = len(grid), len(grid[0])
    start = end = None
    for r, line in enumerate(grid):
        for c, ch in enumerate(line):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    frontier = queue.Queue()
    frontier.put(start)
    came_from = {start: None}
    while not frontier.empty():
        cell = frontier.get()
        frontier.task_done()
        if cell == end:
            break
        r, c = cell
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in came_from:
                came_from[(nr, nc)] = cell
                frontier.put((nr, nc))
    print("left in frontier:", frontier.qsize(), "unfinished:", frontier.unfinished_tasks)
    while not frontier.empty():
        frontier.get_nowait()
        frontier.task_done()
    frontier.join()
    path = []
    cell = end
    while cell is not None:
        path.append(cell)
        cell = came_from.get(cell)
    return path[::-1]


path = shortest_path(GRID)
print("path length:", len(path) - 1)
on_path = set(path)
for r, line in enumerate(GRID):
    print("".join("*" if (r, c) in on_path and ch == "." else ch for c, ch in enumerate(line)))

jobs = queue.PriorityQueue(maxsize=4)
submitted = [(2, "compile"), (1, "fetch"), (3, "test"), (1, "configure"), (5, "deploy"), (4, "package")]
pending = list(submitted)
done = []
while pending or not jobs.empty():
    while pending and not jobs.full():
        prio, name = pending.pop(0)
        jobs.put((prio, name))
        print("queued %-10s (size %d)" % (name, jobs.qsize()))
    if jobs.full():
        try:
            jobs.put_nowait((9, "overflow"))
        except queue.Full:
            print("queue full, overflow rejected")
    prio, name = jobs.get()
    done.append(name)
    print("ran %s at priority %d" % (name, prio))
    jobs.task_done()
print("order:", ", ".join(done))

undo = queue.LifoQueue()
for edit in ["type 'hello'", "bold", "delete word", "paste"]:
    undo.put(edit)
while True:
    try:
        print("undo", undo.get_nowait())
    except queue.Empty:
        print("nothing left to undo")
        break

results = queue.SimpleQueue()
for n in range(1, 6):
    results.put(n * n)
total = 0
while not results.empty():
    total += results.get()
print("sum of squares:", total)
try:
    results.get(timeout=0.001)
except queue.Empty:
    print("timed out waiting")

# Windowing generators: pairwise, sliding windows with a deque, chunking, and moving averages.
from collections import deque


def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x


def windows(it, n):
    win = deque(maxlen=n)
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)


def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def moving_average(it, n):
    win = deque()
    total = 0
    for x in it:
        win.append(x)
        total += x
        if len(win) > n:
            total -= win.popleft()
        yield round(total / len(win), 3)


data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(list(pairwise(data)))
print([b - a for a, b in pairwise(data)])
print(list(windows(data, 3)))
print([max(w) for w in windows(data, 4)])
print(list(chunks(data, 4)), list(chunks("abcdefg", 3)))
print(list(moving_average(data, 3)))
print(list(pairwise([])), list(windows("ab", 3)))
increasing_runs = sum(1 for a, b in pairwise(data) if b > a)
print(increasing_runs)

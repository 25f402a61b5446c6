"""functools.lru_cache / cache for recursive algorithms, with cache_info and cache_clear."""
import functools
import sys

sys.setrecursionlimit(5000)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@functools.lru_cache(maxsize=128)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


@functools.lru_cache(maxsize=3)
def square(x):
    return x * x


print(fib(300), fib.cache_info())
print(partitions(100, 100), partitions(60, 10))
best = max(range(1, 3000), key=collatz_len)
info = collatz_len.cache_info()
print(best, collatz_len(best), info.maxsize, info.currsize)
for v in [1, 2, 3, 1, 4, 1, 2]:
    square(v)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), fib.__name__, fib.__wrapped__(10) if False else fib(10))


class Grid:
    def __init__(self, rows):
        self.rows = rows

    @functools.lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        if self.rows[r][c] == "#":
            return 0
        return self.paths(r - 1, c) + self.paths(r, c - 1)

    def __hash__(self):
        return hash(tuple(self.rows))

    def __eq__(self, other):
        return self.rows == other.rows


g = Grid(["......", "..#...", "....#.", ".#....", "......"])
print(g.paths(4, 5))


@functools.lru_cache(maxsize=None)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 50), ackermann(3, 5))


def typed_demo():
    @functools.lru_cache(maxsize=None, typed=True)
    def ident(x):
        return type(x).__name__
    return ident(1), ident(1.0), ident.cache_info().currsize


print(typed_demo())
memo_calls = 0


def memoize(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        global memo_calls
        memo_calls += 1
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapper


@memoize
def grid_paths(a, b):
    """Count lattice paths."""
    if a == 0 or b == 0:
        return 1
    return grid_paths(a - 1, b) + grid_paths(a, b - 1)


print(grid_paths(16, 16), memo_calls, grid_paths.__name__, grid_paths.__doc__)
print(functools.reduce(lambda a, b: a * b, range(1, 20)), functools.reduce(max, [3, 9, 2], 0))
p = functools.partial(int, base=2)
print(p("1011"), p.func is int, p.keywords)

# list.sort / sorted must make CPython's comparisons in CPython's order: a counting __lt__, an
# inconsistent order (NaN, a random __lt__), an exception in the middle of a sort and a list
# modified during its sort all show the algorithm, not just the sorted result.
import random

log = []


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"K{self.v}"


def count_compares(data):
    log.clear()
    out = sorted(Key(x) for x in data)
    assert [k.v for k in out] == sorted(data)
    return len(log), sum(a * 31 + b for a, b in log) % 1000003


rng = random.Random(2024)
shapes = {
    "random": lambda n: [rng.randrange(n) for _ in range(n)],
    "sorted": lambda n: list(range(n)),
    "reversed": lambda n: list(range(n, 0, -1)),
    "few_values": lambda n: [rng.randrange(4) for _ in range(n)],
    "sawtooth": lambda n: [i % 37 for i in range(n)],
    "runs": lambda n: sum((sorted(rng.randrange(1000) for _ in range(rng.randrange(1, 90))) for _ in range(n // 40)), []),
    "almost": lambda n: [i if rng.random() < 0.97 else rng.randrange(n) for i in range(n)],
    "descending_runs": lambda n: sum((list(range(k, 0, -1)) for k in [rng.randrange(1, 200) for _ in range(n // 100)]), []),
}
for name, make in shapes.items():
    for n in (1, 2, 3, 10, 63, 64, 65, 200, 1000, 3000):
        data = make(n)
        print(name, n, len(data), count_compares(data))

# log of the first comparisons, exactly
log.clear()
sorted([Key(x) for x in [5, 3, 9, 1, 7, 2, 8]])
print(log)

# NaN makes the order inconsistent: the result depends on the comparisons made
nan = float("nan")
for seed in range(5):
    r = random.Random(seed)
    data = [r.choice([nan, 1.0, 2.0, 3.0, 0.5, -1.0, 7.25]) for _ in range(40)]
    print(sorted(data))
    print(sorted(data, reverse=True))
big = [nan if i % 17 == 0 else float((i * 7919) % 1000) for i in range(3000)]
s = sorted(big)
print(s[:20], s[1500:1510], s[-20:])


# a random __lt__ (consistent results only because the sort asks the same questions)
class Coin:
    def __init__(self, v, r):
        self.v, self.r = v, r

    def __lt__(self, other):
        return self.r.random() < 0.5


for n in (10, 100, 500):
    r = random.Random(n)
    print([c.v for c in sorted(Coin(i, r) for i in range(n))][:30])


# an exception in the middle of a sort leaves the list as the sort left it
class Bomb:
    def __init__(self, v, limit):
        self.v, self.limit = v, limit

    def __lt__(self, other):
        self.limit[0] -= 1
        if self.limit[0] < 0:
            raise ValueError(f"boom at {self.v}")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for n, limit, rev in [(20, 30, False), (100, 300, False), (100, 300, True), (300, 1500, False), (300, 1900, True)]:
    r = random.Random(n + limit)
    budget = [limit]
    lst = [Bomb(r.randrange(50), budget) for _ in range(n)]
    try:
        lst.sort(reverse=rev)
        print("sorted", lst[:10])
    except ValueError as e:
        print(e, lst)

# a type error half way
mixed = [3, 1, 2, "a", 5, 4, 0]
try:
    mixed.sort()
except TypeError as e:
    print(e, mixed)

# key errors leave the list alone
lst = [3, 1, 2, 0]
try:
    lst.sort(key=lambda x: 10 // x)
except ZeroDivisionError as e:
    print(e, lst)

# the list is empty while it is sorted, and changing it is an error
seen = []
lst = [3, 1, 2]


def peek(x):
    seen.append(list(lst))
    return x


lst.sort(key=peek)
print(lst, seen)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print(e, lst)

# stability with keys, reverse and equal keys
words = "the quick brown fox jumps over the lazy dog and then some more words to sort by length".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
pairs = [(i % 5, i) for i in range(60)]
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
print(sorted(["b", "A", "a", "B", "é", "e", "", "ab", "a\x00", "a"]))
print(sorted([3, -1, 2**70, -2**65, 0, True, 2.5]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1, "a", 0)]))

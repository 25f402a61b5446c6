import random
random.seed(12345)
W, H = 20, 10
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def show(cells):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(W)) for y in range(H))
cells = {(x, y) for x in range(W) for y in range(H) if random.random() < 0.3}
print(len(cells))
for gen in range(5):
    cells = step(cells)
print(show(cells))
print(len(cells))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for _ in range(4):
    g = step(g)
print(sorted(g) == sorted((x + 1, y + 1) for x, y in glider))
print(random.randint(1, 100), random.choice("abcdef"), random.uniform(0, 1) < 1)
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5))
print([round(random.gauss(0, 1), 6) for _ in range(3)])
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=10))
print(random.randrange(0, 100, 7), random.getrandbits(16))
rng = random.Random(7)
print([rng.randint(0, 9) for _ in range(10)])
print(round(rng.random(), 10), round(rng.expovariate(2.0), 10), round(rng.triangular(0, 10, 3), 10))
state = rng.getstate()
a = rng.random()
rng.setstate(state)
print(a == rng.random())
def walk(n, seed):
    r = random.Random(seed)
    pos, maxd = 0, 0
    for _ in range(n):
        pos += r.choice((-1, 1))
        maxd = max(maxd, abs(pos))
    return pos, maxd
print([walk(1000, s) for s in range(4)])
def monte_pi(n):
    r = random.Random(42)
    inside = sum(1 for _ in range(n) if r.random() ** 2 + r.random() ** 2 <= 1)
    return 4 * inside / n
print(monte_pi(20000))

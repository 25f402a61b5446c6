# random with fixed seeds: randint, choice, shuffle, sample, uniform, gauss, separate Random objects.
import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(15)])
print(random.random(), random.uniform(10, 20))
deck = [r + s for s in "shdc" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choice(deck), random.sample(range(100), 5), random.randrange(0, 100, 5))
print(random.choices("abc", weights=[5, 1, 1], k=10))
print(round(random.gauss(0, 1), 10), round(random.triangular(0, 10, 3), 10))
r1, r2 = random.Random(7), random.Random(7)
print([r1.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)])
r3 = random.Random("seed string")
print(r3.randint(1, 1000), r3.random())
rng = random.Random(2024)
walk, pos = [], 0
for _ in range(20):
    pos += rng.choice((-1, 1))
    walk.append(pos)
print(walk)
rng.seed(99)
counts = [0] * 6
for _ in range(6000):
    counts[rng.randrange(6)] += 1
print(counts, sum(counts))
print(rng.getrandbits(64), rng.randint(10 ** 20, 10 ** 21))

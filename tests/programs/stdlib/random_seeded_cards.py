import random

random.seed(2024)
print([random.randint(1, 6) for _ in range(10)])
print(random.random(), random.uniform(1.5, 2.5), random.randrange(0, 100, 7))
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"]]
random.shuffle(deck)
print(deck[:8])
hands = [deck[i::4][:5] for i in range(4)]
for i, h in enumerate(hands):
    print(f"player {i}: {' '.join(sorted(h))}")
print(random.choice(deck), random.sample(range(100), 5), random.choices("abc", weights=[5, 1, 1], k=8))
rng = random.Random(7)
print(rng.randint(0, 10 ** 20), rng.getrandbits(40), rng.gauss(0, 1), rng.choice("xyz"))
rng2 = random.Random(7)
print(rng2.randint(0, 10 ** 20) == random.Random(7).randint(0, 10 ** 20))
random.seed("a string seed")
print(random.random(), random.randint(1, 1000))
random.seed(12345)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], first)
rolls = {}
for _ in range(6000):
    r = random.randint(1, 6) + random.randint(1, 6)
    rolls[r] = rolls.get(r, 0) + 1
for total in sorted(rolls):
    print(f"{total:2d} {rolls[total]:5d} {'#' * (rolls[total] // 50)}")
random.seed(99)
pos, steps, best = 0, 0, 0
while abs(pos) < 15 and steps < 10000:
    pos += random.choice((-1, 1))
    steps += 1
    best = max(best, pos)
print("walk", pos, steps, best)
print(random.sample(["a", "b", "c", "d"], k=4), random.choices(range(3), cum_weights=[1, 2, 10], k=5))
print(round(random.triangular(0, 10, 3), 6), round(random.betavariate(2, 3), 6), round(random.expovariate(1.5), 6))
items = list(range(20))
random.Random(5).shuffle(items)
print(items)
print([random.Random(i).randrange(1000) for i in range(8)])

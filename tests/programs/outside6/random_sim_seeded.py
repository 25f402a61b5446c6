import random

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5), random.uniform(-1, 1))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choice(deck), random.sample(range(100), 5), random.choices("abc", weights=[5, 1, 1], k=8))
print(round(random.gauss(0, 1), 10), round(random.expovariate(2.0), 10), round(random.triangular(0, 10, 3), 10))
print(random.getrandbits(64), random.randbytes(4).hex() if hasattr(random, "randbytes") else "")

rng = random.Random(7)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk, max(walk), min(walk))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
b = [rng.random() for _ in range(3)]
print(a == b)


class Creature:
    def __init__(self, name, hp, rng):
        self.name, self.hp, self.rng = name, hp, rng

    def attack(self, other):
        dmg = self.rng.randint(1, 6) + self.rng.randint(1, 6)
        crit = self.rng.random() < 0.1
        if crit:
            dmg *= 2
        other.hp -= dmg
        return dmg, crit


r = random.Random("battle")
hero, orc = Creature("hero", 40, r), Creature("orc", 35, r)
turn = 0
while hero.hp > 0 and orc.hp > 0:
    atk, dfn = (hero, orc) if turn % 2 == 0 else (orc, hero)
    dmg, crit = atk.attack(dfn)
    print(f"t{turn:02d} {atk.name:>4} hits {dfn.name:<4} for {dmg:2d}{' CRIT' if crit else ''} -> {max(dfn.hp, 0)}")
    turn += 1
print("winner:", hero.name if hero.hp > 0 else orc.name)
random.seed(2024)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
population = list(range(1000))
print(sorted(random.sample(population, k=10)), random.sample("hello world", 3))
print([round(random.betavariate(2, 5), 6) for _ in range(3)], round(random.lognormvariate(0, 0.5), 8), round(random.vonmisesvariate(1, 2), 8))

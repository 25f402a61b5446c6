# Monte Carlo estimates with a seeded RNG: pi, an integral, and the birthday paradox.
import random

rng = random.Random(42)
for n in (100, 1000, 10000, 100000):
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
    print(f"n={n:6d} pi~{4 * inside / n:.5f}")
n = 50000
integral = sum(x * x for x in (rng.uniform(0, 3) for _ in range(n))) / n * 3
print(f"integral of x^2 on [0,3] ~ {integral:.4f} (exact 9)")


def shared_birthday(people):
    seen = set()
    for _ in range(people):
        d = rng.randrange(365)
        if d in seen:
            return True
        seen.add(d)
    return False


for people in (10, 23, 40, 60):
    trials = 2000
    hits = sum(shared_birthday(people) for _ in range(trials))
    print(f"{people} people: {hits / trials:.3f}")

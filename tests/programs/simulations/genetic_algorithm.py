# A genetic algorithm evolving a bit string toward a target phrase (seeded RNG): tournament
# selection, crossover, mutation, elitism; prints the best candidate per generation.
import random

TARGET = "HELLO PY2WASM"
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "
rng = random.Random(12)


def fitness(s):
    return sum(a == b for a, b in zip(s, TARGET))


def random_candidate():
    return "".join(rng.choice(ALPHABET) for _ in TARGET)


def crossover(a, b):
    cut = rng.randrange(1, len(TARGET))
    return a[:cut] + b[cut:]


def mutate(s, rate=0.05):
    return "".join(rng.choice(ALPHABET) if rng.random() < rate else ch for ch in s)


def tournament(pop, k=3):
    return max(rng.sample(pop, k), key=fitness)


population = [random_candidate() for _ in range(60)]
for gen in range(200):
    population.sort(key=lambda s: (-fitness(s), s))
    best = population[0]
    if gen % 10 == 0 or fitness(best) == len(TARGET):
        print(f"gen {gen:3d} {best!r} fitness {fitness(best)}")
    if fitness(best) == len(TARGET):
        break
    elite = population[:4]
    children = [mutate(crossover(tournament(population), tournament(population))) for _ in range(56)]
    population = elite + children
print("done at generation", gen)

# Bulls and cows (Mastermind with digits): a solver that keeps the candidate set consistent with
# all feedback, playing against secrets drawn from a seeded RNG.
from itertools import permutations
import random


def score(secret, guess):
    bulls = sum(a == b for a, b in zip(secret, guess))
    cows = len(set(secret) & set(guess)) - bulls
    return bulls, cows


def solve(secret):
    candidates = ["".join(p) for p in permutations("0123456789", 4)]
    history = []
    while True:
        guess = candidates[0]
        fb = score(secret, guess)
        history.append((guess, fb))
        if fb == (4, 0):
            return history
        candidates = [c for c in candidates if score(c, guess) == fb]


rng = random.Random(4242)
total = 0
for game in range(6):
    secret = "".join(rng.sample("0123456789", 4))
    hist = solve(secret)
    total += len(hist)
    print(secret, len(hist), " ".join(f"{g}:{b}{c}" for g, (b, c) in hist))
print("average guesses", round(total / 6, 3))

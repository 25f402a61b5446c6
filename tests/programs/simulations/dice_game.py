# Simulating a dice game (Pig) between strategies with a seeded RNG, tallying win rates.
import random


def hold_at(n):
    def strategy(turn_total, my_score, opp_score):
        return turn_total >= n or my_score + turn_total >= 100
    strategy.__name__ = f"hold_at_{n}"
    return strategy


def play(s1, s2, rng):
    scores = [0, 0]
    strategies = [s1, s2]
    player = 0
    while True:
        turn = 0
        while True:
            roll = rng.randint(1, 6)
            if roll == 1:
                turn = 0
                break
            turn += roll
            if strategies[player](turn, scores[player], scores[1 - player]):
                break
        scores[player] += turn
        if scores[player] >= 100:
            return player
        player = 1 - player


rng = random.Random(1234)
strats = [hold_at(n) for n in (10, 15, 20, 25, 30)]
wins = {s.__name__: 0 for s in strats}
for a in strats:
    for b in strats:
        if a is b:
            continue
        for _ in range(60):
            winner = play(a, b, rng)
            wins[(a, b)[winner].__name__] += 1
for name, w in sorted(wins.items(), key=lambda kv: -kv[1]):
    print(f"{name:10} {w:4d}")

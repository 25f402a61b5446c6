import random
from collections import defaultdict


class Player:
    def __init__(self, name, skill):
        self.name = name
        self.skill = skill
        self.rating = 1500.0
        self.wins = self.losses = self.draws = 0

    @property
    def games(self):
        return self.wins + self.losses + self.draws

    def expected(self, other):
        return 1 / (1 + 10 ** ((other.rating - self.rating) / 400))

    def __repr__(self):
        return f"<{self.name} {self.rating:.1f} {self.wins}-{self.losses}-{self.draws}>"


class League:
    K = 32

    def __init__(self, players, seed):
        self.players = players
        self.rng = random.Random(seed)
        self.results = defaultdict(list)

    def play(self, a, b):
        pa = a.skill / (a.skill + b.skill)
        roll = self.rng.random()
        if abs(roll - pa) < 0.05:
            score = 0.5
            a.draws += 1
            b.draws += 1
        elif roll < pa:
            score = 1.0
            a.wins += 1
            b.losses += 1
        else:
            score = 0.0
            a.losses += 1
            b.wins += 1
        ea = a.expected(b)
        a.rating += self.K * (score - ea)
        b.rating += self.K * ((1 - score) - (1 - ea))
        self.results[a.name].append(score)
        self.results[b.name].append(1 - score)

    def round_robin(self, rounds):
        for _ in range(rounds):
            for i, a in enumerate(self.players):
                for b in self.players[i + 1:]:
                    self.play(a, b)

    def table(self):
        rows = sorted(self.players, key=lambda p: (-p.rating, p.name))
        lines = [f"{'#':>2} {'name':<8}{'rating':>8}{'W':>4}{'L':>4}{'D':>4}{'pct':>7}"]
        for i, p in enumerate(rows, 1):
            pct = (p.wins + 0.5 * p.draws) / p.games
            lines.append(f"{i:>2} {p.name:<8}{p.rating:>8.1f}{p.wins:>4}{p.losses:>4}{p.draws:>4}{pct:>7.1%}")
        return "\n".join(lines)


players = [Player(n, s) for n, s in [("ann", 9), ("ben", 7), ("cat", 5), ("dan", 3), ("eli", 8)]]
league = League(players, seed=2024)
league.round_robin(10)
print(league.table())
print(sum(p.rating for p in players) / len(players))
streaks = {}
for name, res in league.results.items():
    best = cur = 0
    for r in res:
        cur = cur + 1 if r == 1.0 else 0
        best = max(best, cur)
    streaks[name] = best
print(sorted(streaks.items()))
rng = random.Random(5)
print(rng.randint(1, 100), rng.choice("abcdef"), rng.sample(range(20), 4), round(rng.gauss(0, 1), 6), rng.randrange(0, 50, 5))
deck = [f"{r}{s}" for s in "SHDC" for r in "23456789TJQKA"]
rng.shuffle(deck)
print(deck[:8], rng.choices("xyz", weights=[1, 0, 5], k=6), round(rng.uniform(1, 2), 6))
random.seed(7)
print(random.random(), random.randint(0, 9), random.getrandbits(16))

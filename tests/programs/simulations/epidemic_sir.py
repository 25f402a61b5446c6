# Agent-free SIR epidemic model with discrete days and a stochastic variant on a seeded RNG.
import random


def sir(pop, infected, beta, gamma, days):
    s, i, r = pop - infected, float(infected), 0.0
    out = []
    for day in range(days):
        new_inf = beta * s * i / pop
        new_rec = gamma * i
        s, i, r = s - new_inf, i + new_inf - new_rec, r + new_rec
        out.append((day, s, i, r))
    return out


traj = sir(10000, 10, 0.3, 0.1, 160)
peak = max(traj, key=lambda row: row[2])
print(f"peak day {peak[0]} infected {peak[2]:.1f}")
for day, s, i, r in traj[::20]:
    print(f"day {day:3d} S={s:9.1f} I={i:8.1f} R={r:9.1f}")
rng = random.Random(99)
pop, s, i, r = 500, 495, 5, 0
day = 0
while i > 0 and day < 300:
    p_inf = 1 - (1 - 0.0008) ** i
    new_inf = sum(1 for _ in range(s) if rng.random() < p_inf)
    new_rec = sum(1 for _ in range(i) if rng.random() < 0.1)
    s, i, r = s - new_inf, i + new_inf - new_rec, r + new_rec
    day += 1
    if day % 10 == 0:
        print(f"stochastic day {day}: {s} {i} {r}")
print("ended day", day, "total infected", r + i)

# Nagel-Schreckenberg traffic model on a ring road with a seeded RNG; prints space-time diagram.
import random

rng = random.Random(77)
LENGTH, CARS, VMAX, P_SLOW = 60, 15, 5, 0.3
positions = sorted(rng.sample(range(LENGTH), CARS))
speeds = [0] * CARS
flows = []
for t in range(30):
    road = ["."] * LENGTH
    for p, v in zip(positions, speeds):
        road[p] = str(v)
    print("".join(road))
    new_speeds = []
    for i in range(CARS):
        gap = (positions[(i + 1) % CARS] - positions[i] - 1) % LENGTH
        v = min(speeds[i] + 1, VMAX, gap)
        if v > 0 and rng.random() < P_SLOW:
            v -= 1
        new_speeds.append(v)
    speeds = new_speeds
    positions = [(p + v) % LENGTH for p, v in zip(positions, speeds)]
    order = sorted(range(CARS), key=lambda i: positions[i])
    positions = [positions[i] for i in order]
    speeds = [speeds[i] for i in order]
    flows.append(sum(speeds))
print("mean speed", round(sum(flows) / len(flows) / CARS, 4))

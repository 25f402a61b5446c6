# Bank queue simulation (M/M/c-like) with seeded exponential arrivals and service times.
import random
import heapq


def simulate(tellers, customers, seed):
    rng = random.Random(seed)
    t = 0.0
    arrivals = []
    for _ in range(customers):
        t += rng.expovariate(1.0)
        arrivals.append((t, rng.expovariate(1.0 / 2.5)))
    free_at = [0.0] * tellers
    heapq.heapify(free_at)
    waits = []
    for arrive, service in arrivals:
        earliest = heapq.heappop(free_at)
        start = max(arrive, earliest)
        waits.append(start - arrive)
        heapq.heappush(free_at, start + service)
    return waits, max(free_at)


for tellers in (2, 3, 4):
    waits, end = simulate(tellers, 2000, seed=8)
    waited = [w for w in waits if w > 0]
    print(f"tellers={tellers} avg wait={sum(waits) / len(waits):7.3f} "
          f"max={max(waits):7.3f} waited={len(waited) / len(waits):.3f} end={end:.2f}")

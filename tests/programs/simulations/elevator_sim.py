# Elevator simulation: requests arrive over ticks, the car serves floors with a SCAN policy.
import random

rng = random.Random(5)
FLOORS = 10
requests = sorted((rng.randint(0, 40), rng.randint(0, FLOORS - 1), rng.randint(0, FLOORS - 1)) for _ in range(12))
requests = [(t, a, b) for t, a, b in requests if a != b]
print("requests:", requests)
floor, direction = 0, 1
waiting, riding, done = [], [], []
tick = 0
pending = list(requests)
while pending or waiting or riding:
    while pending and pending[0][0] <= tick:
        t, a, b = pending.pop(0)
        waiting.append({"t": t, "from": a, "to": b})
    leaving = [r for r in riding if r["to"] == floor]
    for r in leaving:
        riding.remove(r)
        done.append((r["t"], r["from"], r["to"], tick - r["t"]))
    boarding = [w for w in waiting if w["from"] == floor]
    for w in boarding:
        waiting.remove(w)
        riding.append(w)
    if leaving or boarding:
        print(f"t={tick:3d} floor {floor}: -{len(leaving)} +{len(boarding)} riding={len(riding)}")
    targets = [r["to"] for r in riding] + [w["from"] for w in waiting]
    if targets:
        if not any((f - floor) * direction > 0 for f in targets):
            direction = -direction
        if any((f - floor) * direction > 0 for f in targets):
            floor += direction
    tick += 1
    if tick > 500:
        break
times = [d[3] for d in done]
print("served", len(done), "avg trip", round(sum(times) / len(times), 2), "max", max(times), "ticks", tick)

# ASCII histograms and sparkline-style charts from seeded random data.
import random

rng = random.Random(314)
samples = [rng.gauss(50, 12) for _ in range(500)]
lo, hi, bins = 0, 100, 10
counts = [0] * bins
outside = 0
for s in samples:
    if lo <= s < hi:
        counts[int((s - lo) / (hi - lo) * bins)] += 1
    else:
        outside += 1
peak = max(counts)
for i, c in enumerate(counts):
    left = lo + i * (hi - lo) // bins
    print(f"{left:3d}-{left + 9:3d} | {'#' * round(c / peak * 40):<40} {c}")
print("outside:", outside)
levels = " ▁▂▃▄▅▆▇█"
series = [rng.randint(0, 20) for _ in range(30)]
m = max(series)
print("".join(levels[round(v / m * (len(levels) - 1))] for v in series))
print(series)
cum = []
total = 0
for c in counts:
    total += c
    cum.append(round(total / len(samples), 3))
print(cum)

# Time series: parse "HH:MM value" samples, resample into 15-minute buckets, fill gaps, smooth.

RAW = """08:01 12.5
08:07 13.1
08:14 12.9
08:16 14.0
08:29 15.2
08:31 15.0
08:58 16.4
09:02 17.1
09:20 16.0
09:44 18.3
"""


def to_minutes(hhmm):
    h, m = map(int, hhmm.split(":"))
    return h * 60 + m


def fmt(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


samples = [(to_minutes(t), float(v)) for t, v in (line.split() for line in RAW.strip().splitlines())]
start = samples[0][0] // 15 * 15
end = samples[-1][0] // 15 * 15
buckets = {b: [] for b in range(start, end + 15, 15)}
for t, v in samples:
    buckets[t // 15 * 15].append(v)
series = []
last = None
for b, vals in buckets.items():
    if vals:
        last = round(sum(vals) / len(vals), 3)
        series.append((b, last, len(vals)))
    else:
        series.append((b, last, 0))
for b, v, n in series:
    print(f"{fmt(b)} {v:7.3f} {'(filled)' if n == 0 else f'n={n}'}")
alpha = 0.5
smooth = []
s = series[0][1]
for _, v, _ in series:
    s = alpha * v + (1 - alpha) * s
    smooth.append(round(s, 4))
print(smooth)
deltas = [round(b[1] - a[1], 3) for a, b in zip(series, series[1:])]
print(deltas, max(deltas), min(deltas))

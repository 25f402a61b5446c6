# Weather station data: parse fixed-width records, per-station min/mean/max, hottest day, streaks.

RAW = """\
STN  DATE       TMAX  TMIN  PRCP
OSL  2024-07-01  21.5  12.0   0.0
OSL  2024-07-02  24.1  13.2   1.2
OSL  2024-07-03  19.8  11.5   8.4
BGO  2024-07-01  17.2  11.1  12.5
BGO  2024-07-02  16.0  10.4  20.1
BGO  2024-07-03  18.9  12.2   0.0
TRD  2024-07-01  20.0   9.5   0.0
TRD  2024-07-02  22.8  10.0   0.0
TRD  2024-07-03  23.5  12.7   0.3
"""

lines = RAW.splitlines()
cols = [(0, 5), (5, 16), (16, 22), (22, 28), (28, 34)]
header = [lines[0][a:b].strip() for a, b in cols]
records = []
for line in lines[1:]:
    vals = [line[a:b].strip() for a, b in cols]
    rec = dict(zip(header, vals))
    for k in ("TMAX", "TMIN", "PRCP"):
        rec[k] = float(rec[k])
    records.append(rec)
stations = {}
for r in records:
    stations.setdefault(r["STN"], []).append(r)
for stn, rs in stations.items():
    highs = [r["TMAX"] for r in rs]
    lows = [r["TMIN"] for r in rs]
    rain = sum(r["PRCP"] for r in rs)
    print(f"{stn}: max {max(highs):5.1f} min {min(lows):5.1f} mean {sum(highs + lows) / (2 * len(rs)):6.2f} rain {rain:5.1f}")
hottest = max(records, key=lambda r: r["TMAX"])
print("hottest:", hottest["STN"], hottest["DATE"], hottest["TMAX"])
dry = {}
for stn, rs in stations.items():
    best = cur = 0
    for r in sorted(rs, key=lambda r: r["DATE"]):
        cur = cur + 1 if r["PRCP"] == 0 else 0
        best = max(best, cur)
    dry[stn] = best
print("longest dry streak:", dry)
spread = sorted(((r["TMAX"] - r["TMIN"], r["STN"], r["DATE"]) for r in records), reverse=True)[:3]
print([(round(s, 1), stn, d) for s, stn, d in spread])

# Snippet for the 'time' adapter: clocks differ run to run, so only their types and relations are printed.
import time
from time import perf_counter, sleep

t0 = time.time()
n0 = time.time_ns()
p0 = perf_counter()
pn0 = time.perf_counter_ns()
m0 = time.monotonic()
mn0 = time.monotonic_ns()
c0 = time.process_time()
sleep(0.01)
time.sleep(0)
total = sum(i * i for i in range(20000))
print(type(t0).__name__, type(n0).__name__, type(p0).__name__, type(pn0).__name__, type(m0).__name__, type(mn0).__name__, type(c0).__name__)
print(t0 > 1.6e9, n0 > 1.6e18, abs(n0 / 1e9 - t0) < 5)
print(perf_counter() - p0 >= 0.01, time.perf_counter_ns() > pn0, time.monotonic() >= m0 + 0.01, time.monotonic_ns() > mn0)
print(time.process_time() >= c0, total)
# Calendar functions on fixed times; local time must be UTC (the runtime raises NotImplementedError in other zones).
g = time.gmtime(1709647629)
print(g, tuple(g), g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_zone, g.tm_gmtoff)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %j %Z", g), time.asctime(g), time.ctime(0), time.mktime(time.localtime(86400)))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)), g.n_fields, g.n_sequence_fields, g.n_unnamed_fields, time.timezone, time.altzone, time.daylight, time.tzname)
print(type(time.process_time_ns()).__name__, time.localtime(0).tm_zone, time.gmtime().tm_year >= 2024, len(time.strftime("%H:%M")), len(time.asctime()))
p = time.strptime("2024-03-05 14:07", "%Y-%m-%d %H:%M")
print(p, p.tm_zone, time.strftime("%a %j", p), time.strptime("Tue Mar  5 14:07:09 2024")[:6])
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)

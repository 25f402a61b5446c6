# Formats fixed timestamps the way log processors and report generators do: time.gmtime/strftime/asctime/mktime
# on known epochs, struct_time fields and tuple behaviour, and a small log-line parser that buckets events by hour.
import time

EVENTS = [
    (1700000000, "login", "alice"),
    (1700003600, "upload", "bob"),
    (1700003725, "login", "carol"),
    (1700007199, "logout", "alice"),
    (1700010000, "upload", "alice"),
    (1700086400, "login", "bob"),
]


def fmt(ts, pattern="%Y-%m-%d %H:%M:%S"):
    return time.strftime(pattern, time.gmtime(ts))


for ts, action, user in EVENTS:
    print(f"[{fmt(ts)}] {user:<6} {action}")

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(tuple(t)[:3], t[0], t[-1], len(t), list(t[3:6]))
print(time.asctime(t))
print(time.strftime("%A, %d %B %Y (day %j, week %U/%W, ISO %G-W%V-%u)", t))
print(time.strftime("%I:%M %p | %y | %e | %C | %D | %T | %R | %%", t))

# Buckets per hour and per weekday.
by_hour = {}
by_day = {}
for ts, action, user in EVENTS:
    g = time.gmtime(ts)
    hour = time.strftime("%H:00", g)
    by_hour[hour] = by_hour.get(hour, 0) + 1
    day = time.strftime("%a", g)
    by_day.setdefault(day, []).append(user)
for hour in sorted(by_hour):
    print(hour, "#" * by_hour[hour])
print(by_day)

# mktime inverts localtime (the local zone is UTC for these programs), and normalises out-of-range fields.
for ts in [0, 86399, 951782400, 1709164800, 4102444800]:
    lt = time.localtime(ts)
    print(ts, time.mktime(lt) == ts, time.strftime("%Y-%m-%d %a", lt), lt.tm_zone)
print(time.mktime((2024, 1, 31 + 29, 12, 0, 0, 0, 0, 0)), fmt(time.mktime((2024, 1, 31 + 29, 12, 0, 0, 0, 0, 0))))
print(time.mktime((2023, 13, 1, 0, 0, 0, 0, 0, 0)) == time.mktime((2024, 1, 1, 0, 0, 0, 0, 0, 0)))

# struct_time from a tuple, comparisons, and the errors of invalid tuples.
st = time.struct_time((2024, 2, 29, 23, 59, 60, 3, 60, 0))
print(st.tm_mday, st.tm_zone, st == (2024, 2, 29, 23, 59, 60, 3, 60, 0), time.gmtime(0) < time.gmtime(1))
print(time.asctime((2024, 2, 29, 23, 59, 60, 3, 60, 0)), time.strftime("%Y/%m/%d", (1999, 12, 31, 0, 0, 0, 4, 365, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 25, 0, 0, 0, 1, 0), (2024, 1, 1), "2024"]:
    try:
        print(time.asctime(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Durations the way a timer would print them (no clock reads: fixed seconds).
for secs in [59, 61, 3599, 3600, 86399, 90061]:
    h, rem = divmod(secs, 3600)
    print(f"{secs:>6}s = {h:02d}:{time.strftime('%M:%S', time.gmtime(rem))}")
print(time.timezone, time.altzone, time.daylight, time.tzname)

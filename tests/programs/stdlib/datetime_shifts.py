from datetime import date, datetime, timedelta, time

start = date(2024, 1, 29)
print(start, start.isoformat(), start.weekday(), start.isoweekday(), start.strftime("%A %d %B %Y"))
for months in range(0, 5):
    y, m = divmod(start.month - 1 + months, 12)
    y += start.year
    m += 1
    day = min(start.day, [31, 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    print("monthly:", date(y, m, day))
d = date(2024, 2, 28)
for i in range(3):
    print(d + timedelta(days=i), (d + timedelta(days=i)).strftime("%j %a %b"))
print(date(2024, 12, 31) - date(2024, 1, 1), (date(2025, 3, 1) - date(2024, 3, 1)).days)
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661, microseconds=1500)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(seconds=-1), timedelta(hours=-25), -timedelta(days=2, seconds=5), abs(timedelta(days=-3)))
print(timedelta(weeks=2) / timedelta(days=1), timedelta(minutes=90) // timedelta(hours=1), timedelta(hours=5) * 3, timedelta(days=7) / 2)
print(timedelta(hours=1) % timedelta(minutes=25), divmod(timedelta(hours=1), timedelta(minutes=25)))
dt = datetime(2024, 3, 10, 14, 30, 5)
print(dt, repr(dt), dt.date(), dt.time(), dt.strftime("%Y/%m/%d %H:%M:%S %p %I"), dt.isoformat(sep=" "))
print(dt + timedelta(hours=12), dt - timedelta(days=70), dt.replace(year=2000, minute=0), dt.timestamp() if False else "")
print(datetime(2024, 1, 1) < dt, max(dt, datetime(2025, 1, 1)), dt.weekday(), dt.isocalendar())
print(datetime.strptime("2023-07-04 09:15", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2021-05-06T07:08:09"))
print(date.fromisoformat("2020-02-29"), date(2020, 2, 29).replace(year=2021) if False else "skip", date.min, date.max)
print(time(9, 5), time(23, 59, 59, 999999), time(7, 30).isoformat(), time(12, 0) < time(13, 0))
shifts = [("alice", datetime(2024, 5, 1, 9, 0), datetime(2024, 5, 1, 17, 30)),
          ("bob", datetime(2024, 5, 1, 22, 0), datetime(2024, 5, 2, 6, 15)),
          ("carol", datetime(2024, 5, 2, 8, 45), datetime(2024, 5, 2, 12, 0))]
total = timedelta()
for who, a, b in shifts:
    dur = b - a
    total += dur
    h, rem = divmod(int(dur.total_seconds()), 3600)
    print(f"{who:<6} {a:%a %H:%M} -> {b:%a %H:%M}  {h}h{rem // 60:02d}m  {dur}")
print("total", total, total.total_seconds() / 3600)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(date(2024, 1, 1) + timedelta(days=365), (date(2024, 3, 1) - timedelta(days=1)).day, date(2024, 5, 17).toordinal())
print(date.fromordinal(738000), sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
d0 = date(2024, 1, 1)
fridays = [d0 + timedelta(days=i) for i in range(366) if (d0 + timedelta(days=i)).weekday() == 4 and (d0 + timedelta(days=i)).day == 13]
print("friday 13th:", fridays)
print(f"{dt:%d.%m.%y}", format(d0, "%B"), str(timedelta(0)), timedelta(days=1) == timedelta(hours=24), bool(timedelta(0)))

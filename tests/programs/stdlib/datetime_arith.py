# datetime without the clock: date arithmetic, timedelta, weekday, strftime/strptime, isoformat.
from datetime import date, datetime, timedelta

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat())
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(d.strftime("%A %d %B %Y"), d.replace(year=2023).strftime("%a %b %d"), d.toordinal())
dt = datetime(2024, 3, 10, 14, 30, 15)
print(dt, dt.isoformat(), dt + timedelta(hours=12, minutes=45), dt.time(), dt.date())
print(datetime.strptime("2023-07-04 09:05", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2020-01-02T03:04:05"))
td = timedelta(days=3, hours=5, minutes=7, seconds=30)
print(td, td.total_seconds(), td * 2, td // 2, -td, abs(-td), timedelta(seconds=90061))
start = date(2024, 1, 31)
months = []
for i in range(6):
    y, m = divmod(start.month - 1 + i, 12)
    year, month = start.year + y, m + 1
    day = start.day
    while True:
        try:
            months.append(date(year, month, day))
            break
        except ValueError:
            day -= 1
print([str(x) for x in months])
mondays = [date(2024, 1, 1) + timedelta(weeks=w) for w in range(5)]
print([m.strftime("%m/%d") for m in mondays], all(m.weekday() == 0 for m in mondays))
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2020, 5, 5), date(2019, 12, 31)))
print(dt.strftime("%H:%M:%S %p %j %U"), date.fromordinal(738000), date(2000, 1, 1).timetuple().tm_yday)

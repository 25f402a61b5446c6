# Snippet for the 'datetime' adapter: every mapped name, called through the module and as imported values.
import datetime
from datetime import date, timedelta

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d.year, d.month, d.day, d.weekday(), d.isoweekday())
print(d.isocalendar(), d.toordinal(), date.fromordinal(738000), date.fromisoformat("2023-12-31"), d.isoformat())
print(d.replace(day=1), d.strftime("%A %d %B %Y"), d.ctime(), type(date.today()).__name__)
print(date.min, date.max, date.resolution, datetime.MINYEAR, datetime.MAXYEAR)
td = timedelta(days=1, hours=3, minutes=4, seconds=5, microseconds=6)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), -td, td * 2, td / 2)
print(timedelta.min, timedelta.max, timedelta.resolution)
t = datetime.time(13, 45, 30, 250)
print(t, t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.isoformat(), t.strftime("%I:%M %p"))
print(t.replace(hour=1), datetime.time.fromisoformat("07:08:09"), datetime.time.min, datetime.time.max, datetime.time.resolution)
dt = datetime.datetime(2024, 3, 1, 12, 30, 15, 500)
print(dt, repr(dt), dt.date(), dt.time(), dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.isoformat(), dt.replace(year=2020), datetime.datetime.combine(d, t), dt - datetime.datetime(2024, 1, 1))
print(datetime.datetime.strptime("2021-06-15 08:09", "%Y-%m-%d %H:%M"), type(datetime.datetime.now()).__name__)
print(datetime.datetime.min, datetime.datetime.max, datetime.datetime.resolution)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(d.timetuple(), dt.timetuple().tm_yday, dt.timetuple()[:6])

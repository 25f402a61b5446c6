"""A billing scheduler with datetime: invoice due dates, business days, late fees,
recurring meetings, log timestamps parsed with strptime, and duration reports."""
from datetime import date, datetime, time, timedelta
import datetime as dt

HOLIDAYS = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 12, 25)}


def add_business_days(start, n):
    current = start
    while n > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in HOLIDAYS:
            n -= 1
    return current


def month_end(d):
    nxt = d.replace(day=28) + timedelta(days=4)
    return nxt - timedelta(days=nxt.day)


invoices = [
    ("INV-001", date(2024, 1, 29), 1200.0, date(2024, 3, 1)),
    ("INV-002", date(2024, 2, 15), 560.5, date(2024, 3, 20)),
    ("INV-003", date(2024, 6, 28), 99.99, date(2024, 7, 12)),
    ("INV-004", date(2024, 12, 20), 4300.0, None),
]
today = date(2024, 12, 31)
print(f"{'invoice':8} {'issued':10} {'due':10} {'paid':10} {'late':>4} fee")
for number, issued, amount, paid in invoices:
    due = add_business_days(issued, 10)
    settled = paid or today
    late = max((settled - due).days, 0)
    fee = round(amount * 0.001 * late, 2)
    print(f"{number:8} {issued.isoformat()} {due:%Y-%m-%d} {str(paid):10} {late:4d} {fee}")
    print("   issued on a", issued.strftime("%A"), "week", issued.isocalendar()[1], "| month ends", month_end(issued).strftime("%d %b"))

standup = datetime.combine(date(2024, 2, 26), time(9, 30))
for i in range(5):
    when = standup + timedelta(weeks=i * 2)
    print("standup", when, when.strftime("%a %d %B %Y, %I:%M %p"), "day", when.strftime("%j"))

log = """2024-03-10 08:15:02.250 start backup
2024-03-10 08:47:59.000 finish backup
2024-03-10 23:59:30.500 start rotate
2024-03-11 00:00:45.125 finish rotate"""
starts = {}
for line in log.splitlines():
    stamp, event, job = line[:23], line.split()[2], line.split()[3]
    moment = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f")
    if event == "start":
        starts[job] = moment
    else:
        took = moment - starts[job]
        print(f"{job}: {took} ({took.total_seconds()} s), finished {moment.isoformat(timespec='milliseconds')}")

durations = [timedelta(hours=1, minutes=45), timedelta(minutes=-30), timedelta(days=1, seconds=5), timedelta(microseconds=1500)]
total = sum(durations, timedelta())
print("total", total, repr(total), "average", total / len(durations))
print("ratio", durations[0] / timedelta(minutes=15), "floor", durations[2] // timedelta(hours=5), "rest", durations[2] % timedelta(hours=5))
print("neg", -durations[0], abs(durations[1]), durations[1] * 3, durations[0] * 0.5, repr(timedelta(days=-1, seconds=86399)))
print(sorted(durations)[0], max(durations), timedelta(hours=24) == timedelta(days=1), bool(timedelta(0)))

d = date(2024, 2, 29)
print(repr(d), d.toordinal(), date.fromordinal(d.toordinal() + 366), d.isoweekday(), d.ctime())
print(date.fromisoformat("2023-12-31").isocalendar(), datetime.fromisoformat("2024-05-06T07:08:09"))
print(repr(datetime(2024, 1, 5)), repr(datetime(2024, 1, 5, 6, 7, 8, 9)), repr(time(14, 5)), time(23, 59, 59, 500000).isoformat())
print(dt.date.min, dt.date.max, dt.datetime.max, dt.timedelta.max, dt.timedelta.resolution, dt.MAXYEAR)
for bad in [(2023, 2, 29), (2024, 13, 1), (0, 1, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime.strptime("2024-02-30", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("10/03/2024 extra", "%d/%m/%Y")
except ValueError as e:
    print("ValueError:", e)
now = datetime.now()
print(isinstance(now, date), date.today().year >= 2024, now - now == timedelta(0))

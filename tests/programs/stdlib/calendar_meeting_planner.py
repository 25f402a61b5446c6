# Planning recurring meetings with calendar: nth weekdays, month grids with marked days, and a business-day count.
import calendar
import datetime


def nth_weekday(year, month, weekday, n):
    """The n-th given weekday of the month (n = -1 for the last one)."""
    days = [d for d, wd in calendar.Calendar().itermonthdays2(year, month) if d and wd == weekday]
    return days[n] if n < 0 else days[n - 1]


print("Board meetings (second Tuesday):")
for m in range(1, 13):
    day = nth_weekday(2025, m, calendar.TUESDAY, 2)
    print("  %-9s %2d  (%s)" % (calendar.month_name[m], day, calendar.day_abbr[calendar.weekday(2025, m, day)]))
print("Last Friday paydays:", [nth_weekday(2025, m, calendar.FRIDAY, -1) for m in range(1, 13)])

holidays = {datetime.date(2025, 5, 1), datetime.date(2025, 5, 29)}


def business_days(year, month):
    cal = calendar.Calendar()
    return [d for d in cal.itermonthdates(year, month)
            if d.month == month and d.weekday() < calendar.SATURDAY and d not in holidays]


workdays = business_days(2025, 5)
print("May 2025 has %d business days, first %s, last %s" % (len(workdays), workdays[0], workdays[-1]))

text = calendar.TextCalendar(calendar.SUNDAY)
marked = []
for line in text.formatmonth(2025, 5).splitlines():
    for d in sorted(holidays):
        token = "%2d" % d.day
        if line.startswith(" ") or line[:2].strip().isdigit():
            line = line.replace(" " + token + " ", "[" + token + "]") if (" " + token + " ") in line else line
    marked.append(line)
print("\n".join(marked))

print("weeks per month in 2025:", [len(calendar.monthcalendar(2025, m)) for m in range(1, 13)])
print("leap years 2000-2100:", calendar.leapdays(2000, 2101), [y for y in range(2088, 2106) if calendar.isleap(y)])
first, ndays = calendar.monthrange(2028, 2)
print("Feb 2028 starts on", calendar.day_name[first], "and has", ndays, "days")
print(calendar.month(2028, 2, 3))
print(calendar.timegm((2025, 1, 1, 0, 0, 0)) // 86400, "days from the epoch to 2025")

# The calendar module: month text, leap years, weekday computations, monthrange, iterators.
import calendar

cal = calendar.TextCalendar(firstweekday=0)
print(cal.formatmonth(2024, 2))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)], tuple(map(int, calendar.monthrange(2023, 2))))  # 3.12 returns a Day enum
print([calendar.month_abbr[m] for m in range(1, 13)])
fridays_13 = [(y, m) for y in range(2023, 2027) for m in range(1, 13) if calendar.weekday(y, m, 13) == 4]
print(fridays_13)
weeks = calendar.monthcalendar(2024, 9)
print(len(weeks), weeks[0], weeks[-1])
sunday_first = calendar.TextCalendar(firstweekday=6)
print(sunday_first.formatweekheader(3))
print(list(calendar.Calendar().itermonthdays2(2024, 1))[:8])

# Snippet for the 'calendar' adapter (implemented in Python, compiled with the program).
import calendar
from calendar import (IllegalMonthError, IllegalWeekdayError, setfirstweekday, firstweekday, isleap, leapdays, weekday,
                      monthrange, monthcalendar, prmonth, month, prcal, timegm, month_name, month_abbr,
                      day_name, day_abbr, Calendar, TextCalendar, HTMLCalendar, weekheader, MONDAY, TUESDAY,
                      WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)

print(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)
print(isleap(2024), isleap(1900), isleap(2000), leapdays(1900, 2025), leapdays(2025, 1900))
print(weekday(2024, 7, 4), weekday(10000, 1, 1), monthrange(2024, 2), monthrange(2023, 12))
print(list(day_name), list(day_abbr), list(month_name)[:3], month_abbr[1:4], len(month_name), day_name[-1])
print(monthcalendar(2024, 9))
print(month(2024, 2), end="")
print(month(2023, 12, 3, 2), end="")
prmonth(2025, 3)
print(weekheader(1), "|", weekheader(3), "|", weekheader(9), "|", weekheader(12))
print(calendar.calendar(2024), end="")
print(calendar.calendar(2023, 1, 1, 2, 4), end="")
prcal(2026, m=2)
print(timegm((2024, 3, 1, 12, 30, 15)), timegm((1969, 12, 31, 0, 0, 0, 0, 0, 0)))
print(firstweekday())
setfirstweekday(SUNDAY)
print(firstweekday(), weekheader(2))
print(month(2024, 6), end="")
setfirstweekday(MONDAY)
for bad in (lambda: monthrange(2024, 13), lambda: setfirstweekday(7), lambda: month(2024, 0)):
    try:
        bad()
    except IllegalMonthError as e:
        print("IllegalMonthError:", e, e.month, isinstance(e, ValueError))
    except IllegalWeekdayError as e:
        print("IllegalWeekdayError:", e, isinstance(e, ValueError))
cal = Calendar(firstweekday=6)
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
print(list(cal.itermonthdates(2024, 3))[:3], list(cal.itermonthdates(2024, 3))[-1])
print(list(cal.itermonthdays(2024, 3))[:10])
print(list(cal.itermonthdays2(2024, 3))[:8])
print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays4(2024, 12))[-2:])
print(cal.monthdatescalendar(2024, 2)[0])
print(cal.monthdays2calendar(2024, 2)[-1], cal.monthdayscalendar(2024, 2))
print(len(cal.yeardatescalendar(2024)), len(cal.yeardays2calendar(2024, 4)), cal.yeardayscalendar(2024, 6)[1][5][-1])
cal.setfirstweekday(2)
cal.firstweekday = 9
print(cal.firstweekday, list(cal.iterweekdays()))
tc = TextCalendar(TUESDAY)
print(tc.formatmonth(2024, 11, 4), end="")
print(repr(tc.formatweek(tc.monthdays2calendar(2024, 11)[0], 3)), repr(tc.formatday(7, 1, 4)), repr(tc.formatweekday(2, 10)))
print(repr(tc.formatmonthname(2024, 5, 20)), repr(tc.formatmonthname(2024, 5, 20, False)), repr(tc.formatweekheader(2)))
tc.prweek(tc.monthdays2calendar(2024, 1)[1], 2)
print()
tc.prmonth(2024, 1)
print(tc.formatyear(2024, 2, 1, 3, 6), end="")
tc.pryear(2025, 2, 1, 6, 3)
html = HTMLCalendar(firstweekday=0)
print(html.formatmonth(2024, 2))
print(html.formatyear(2024, 4)[:400])
print(html.formatweekday(3), html.formatday(0, 2), html.formatmonthname(2024, 2, False))
import calendar
print(calendar.EPOCH, calendar.mdays, calendar.error is ValueError, type(calendar.c).__name__)
print(repr(calendar.week(calendar.c.monthdays2calendar(2024, 3)[1], 3)))
print(repr(calendar.formatstring(["a", "bb", "ccc"], 5, 2)))
calendar.format(["x", "y"], 4, 1)

# Payroll from timesheet text: parse HH:MM ranges, overtime rules, weekend multipliers, rounding
# to cents with integer arithmetic, and a per-employee report.

TIMESHEET = """
ann  Mon 09:00-17:30
ann  Tue 08:45-18:15
ann  Sat 10:00-14:00
bob  Mon 22:00-06:00
bob  Wed 09:00-12:00
bob  Wed 13:00-19:30
cy   Sun 07:00-19:00
"""
RATES = {"ann": 2500, "bob": 2200, "cy": 3000}


def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def shift_minutes(span):
    a, b = span.split("-")
    start, end = minutes(a), minutes(b)
    if end <= start:
        end += 24 * 60
    return end - start


pay = {}
hours = {}
for line in TIMESHEET.strip().splitlines():
    name, day, span = line.split()
    mins = shift_minutes(span)
    regular = min(mins, 8 * 60)
    overtime = mins - regular
    mult_num = 3 if day == "Sun" else 2 if day == "Sat" else 1
    rate = RATES[name]
    cents = (regular * rate * mult_num + overtime * rate * mult_num * 3 // 2) // 60
    pay[name] = pay.get(name, 0) + cents
    hours[name] = hours.get(name, 0) + mins
    print(f"{name:4} {day} {span}  {mins // 60:2d}h{mins % 60:02d}  ot={overtime:3d}m  {cents // 100:5d}.{cents % 100:02d}")
print("-" * 44)
for name in sorted(pay):
    print(f"{name:4} {hours[name] / 60:6.2f}h  ${pay[name] // 100:,}.{pay[name] % 100:02d}")
total = sum(pay.values())
print(f"total ${total // 100:,}.{total % 100:02d}")

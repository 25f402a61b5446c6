# Exceptions crossing boundaries: raised in __init__, in properties, in __iter__, in operators,
# and caught at different levels with cleanup.


class Meter:
    def __init__(self, value):
        if value < 0:
            raise ValueError(f"negative reading {value}")
        self.value = value

    @property
    def kwh(self):
        if self.value > 2 * 10 ** 6:
            raise OverflowError("meter overflow")
        return self.value / 1000

    def __add__(self, other):
        if not isinstance(other, Meter):
            raise TypeError(f"cannot add Meter and {type(other).__name__}")
        return Meter(self.value + other.value)


def readings(values):
    for v in values:
        try:
            yield Meter(v)
        except ValueError as e:
            print("  skipped:", e)


total = Meter(0)
for m in readings([1500, -20, 2500, 999_000, -1, 30]):
    total = total + m
    print("running kWh:", total.kwh)
try:
    total = total + Meter(1_500_000)
    print(total.kwh)
except OverflowError as e:
    print("OverflowError:", e)
try:
    Meter(5) + 5
except TypeError as e:
    print("TypeError:", e)
errors = []
for v in (10, -3, "x"):
    try:
        Meter(v)
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)

"""Sorting and reporting records with operator.attrgetter/itemgetter/methodcaller and str.format fields."""
import operator
from collections import namedtuple
from typing import NamedTuple

Employee = namedtuple("Employee", "name dept salary")


class Point(NamedTuple):
    x: int
    y: int


class Account:
    def __init__(self, owner, cents):
        self.owner = owner
        self._cents = cents

    @property
    def balance(self):
        return self._cents / 100

    def label(self, prefix=""):
        return prefix + self.owner.upper()


class Celsius:
    """A data descriptor: reads go through __get__."""

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return (obj.fahrenheit - 32) * 5 / 9

    def __set__(self, obj, value):
        obj.fahrenheit = value * 9 / 5 + 32


class Reading:
    celsius = Celsius()

    def __init__(self, place, fahrenheit):
        self.place = place
        self.fahrenheit = fahrenheit


staff = [
    Employee("ann", "eng", 120),
    Employee("bob", "ops", 90),
    Employee("cid", "eng", 100),
    Employee("dee", "ops", 95),
]
by_dept_salary = sorted(staff, key=operator.attrgetter("dept", "salary"))
for e in by_dept_salary:
    print("{0.dept:>4} {0.name:<5} {0.salary:5d}".format(e))
print(max(staff, key=operator.attrgetter("salary")).name)
print(list(map(operator.itemgetter(0, 2), staff)))

points = [Point(3, 1), Point(-1, 7), Point(2, 2)]
print(sorted(points, key=operator.attrgetter("y")))
print([operator.attrgetter("x")(p) for p in points], "{0.x},{0.y}".format(points[1]))

accounts = [Account("zoe", 1250), Account("al", 99), Account("mo", 100000)]
for a in sorted(accounts, key=operator.attrgetter("balance")):
    print(f"{a.owner:>4}: {a.balance:10.2f}", "{0.balance:.1f}".format(a))
print(list(map(operator.methodcaller("label", "#"), accounts)))
print(getattr(accounts[0], "balance"), hasattr(accounts[1], "balance"), hasattr(accounts[1], "missing"))

readings = [Reading("oslo", 23.0), Reading("rome", 77.0), Reading("lima", 64.4)]
for r in sorted(readings, key=operator.attrgetter("celsius")):
    print(r.place, round(r.celsius, 2), "{0.celsius:.1f}C".format(r))
readings[0].celsius = 100
print(readings[0].fahrenheit, getattr(readings[0], "celsius"))
print(type(Reading.celsius).__name__)

# NamedTuple (typing) and collections.namedtuple: fields, _replace, _asdict, unpacking, methods.
from collections import namedtuple
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

    def __str__(self):
        return f"<{self.x}, {self.y}>"


Employee = namedtuple("Employee", ["name", "dept", "salary"])

p, q = Point(3, 4), Point(0)
print(p, repr(q), p.dist(q), p._fields)
x, y = p
print(x + y, p[0], p[-1], len(p), p == (3, 4))
print(p._replace(y=10), p._asdict())
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cy", "eng", 100),
         Employee("di", "ops", 95)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept, es in by_dept.items():
    print(dept, [e.name for e in es], sum(e.salary for e in es) / len(es))
top = max(staff, key=lambda e: e.salary)
print(top, top.name)
print(Employee._make(["ed", "hr", 70]))
try:
    p.x = 5
except AttributeError:
    print("immutable")

from dataclasses import dataclass, field, fields, astuple, InitVar, KW_ONLY
from typing import ClassVar, NamedTuple, Optional
import copy
@dataclass
class Employee:
    name: str
    salary: float
    dept: str = "eng"
    skills: list = field(default_factory=list)
    id: int = field(init=False, default=0)
    counter: ClassVar[int] = 0
    def __post_init__(self):
        Employee.counter += 1
        self.id = Employee.counter
        if self.salary < 0:
            raise ValueError("negative salary")
@dataclass
class Manager(Employee):
    reports: list = field(default_factory=list)
    def add(self, e):
        self.reports.append(e)
        return self
e1 = Employee("ann", 100.0, skills=["py"])
e2 = Employee("bob", 80.5, "ops")
m = Manager("cy", 150.0, "eng").add(e1).add(e2)
print(e1)
print(m)
print([f.name for f in fields(m)], astuple(e2))
try:
    Employee("x", -1)
except ValueError as e:
    print("ValueError", e)
e3 = copy.copy(e1); e4 = copy.deepcopy(e1)
e1.skills.append("rust")
print(e3.skills, e4.skills, e3 == e1, e4 == e1)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithInit(3, 4), WithInit(5))
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1))
@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str
print(len({Key(1, "x"), Key(1, "x"), Key(2, "x")}))
@dataclass
class Opts:
    path: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 0
print(Opts("/tmp", verbose=True), Opts("a", level=3))
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0
s = Slotted(1)
try:
    s.z = 2
except AttributeError as e:
    print("AttributeError")
print(s, Slotted.__slots__)
class Coord(NamedTuple):
    lat: float
    lon: float
    label: str = "?"
    def dist(self, o):
        return ((self.lat - o.lat) ** 2 + (self.lon - o.lon) ** 2) ** 0.5
c1, c2 = Coord(1.0, 2.0), Coord(4.0, 6.0, "b")
print(c1, c2.dist(c1), c1._replace(label="a"), c1[0], tuple(c2), Coord._fields, Coord._field_defaults)
lat, lon, _ = c2
print(lat + lon, c1 < c2, isinstance(c1, tuple))
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"
vs = sorted(Version.parse(x) for x in ["1.2.3", "1.10.0", "1.2", "0.9.9"])
print([str(v) for v in vs], vs[0] < vs[1], Version(1) == Version(1, 0, 0))
print(repr(Version(2)))
@dataclass
class Node:
    val: int
    children: list["Node"] = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False)
root = Node(1)
for i in range(2, 4):
    ch = Node(i, parent=root)
    root.children.append(ch)
print(root)
print(Employee.__doc__ is None, Employee.counter)

from collections import namedtuple
from typing import NamedTuple
P = namedtuple("P", "x y")
p = P(1, 2)
for label, f in [("attr", lambda: setattr(p, 'x', 5)), ("obj", lambda: object.__setattr__(p, 'x', 5)), ("desc", lambda: P.__dict__['x'].__set__(p, 5))]:
    try:
        f()
    except AttributeError as e:
        print(label, e)
try:
    p.x = 5
except AttributeError as e:
    print("stmt", e)
try:
    p.z = 5
except AttributeError as e:
    print("new", e)
try:
    del p.x
except AttributeError as e:
    print("del", e)
class Q(P):
    pass
q = Q(3, 4)
q.z = 9
print(q.z, q, vars(q))
try:
    q.x = 1
except AttributeError as e:
    print("sub", e)
class R(NamedTuple):
    a: int
    b: int = 2
    @property
    def total(self):
        return self.a + self.b
    @total.setter
    def total(self, v):
        print("setter", v)
r = R(1)
r.total = 10
print(r, r.total)
try:
    r.c = 1
except AttributeError as e:
    print("R", e)

"""Dataclass field order under inheritance: redeclared fields, three levels, factories, kw_only, errors."""
from dataclasses import dataclass, field, fields, asdict, KW_ONLY


@dataclass
class A:
    x: int
    y: int = 1
    tags: list = field(default_factory=list)


@dataclass
class B(A):
    z: int = 2
    x: int = 10          # redeclared: keeps its first position, gains a default


@dataclass
class C(B):
    y: int = field(default=5, repr=False)   # redeclared through field()
    w: str = "w"


@dataclass
class D(A):
    y: int               # redeclared without a value: the inherited default 1 still applies
    q: float = 0.5


def names(cls):
    return [f.name for f in fields(cls)]


print(names(A), names(B), names(C), names(D))
print(A(3), B(), B(4, 5), B(4, 5, [6], 7))
print(C(), C(1, 2, [3], 4, "v"), asdict(C(tags=[9])))
print(D(1), D(1, 2, [3], 0.25), "y" in D.__dict__, "tags" in A.__dict__, B.x, C.y)
print(C.__match_args__, C(0) == C(0), C(0) == B(0))
c1, c2 = C(), C()
c1.tags.append("t")
print(c1.tags, c2.tags, c1.tags is c2.tags)


class Plain(A):
    extra = "plain"


@dataclass
class E(Plain):
    e: int = 0


print(names(E), E(7), E.extra)


@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2


@dataclass
class K2(K):
    c: int
    d: int = 4


@dataclass
class K3:
    p: int
    _: KW_ONLY
    r: int
    s: int = 0


@dataclass
class K4:
    u: int = 0
    v: int = field(kw_only=True)
    t: int = 1


print(names(K2), K2(3, a=1), K2(3, 5, a=1, b=0), K2.__match_args__)
print(K3(1, r=2), K3(1, s=3, r=2), K3.__match_args__, names(K3))
print(K4(v=9), K4(1, 2, v=3), K4.__match_args__)

attempts = [
    lambda: A(),
    lambda: A(1, 2, [], 4),
    lambda: B(1, 2, [], 3, 4),
    lambda: B(1, x=2),
    lambda: B(q=1),
    lambda: K2(),
    lambda: K2(1),
    lambda: K2(1, 2, 3, a=0),
    lambda: K3(1),
    lambda: K3(),
    lambda: K3(1, 2),
    lambda: K3(1, 2, r=0),
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Two:
    first: int
    second: int
    third: int


for args in [(), (1,), (1, 2, 3, 4)]:
    try:
        Two(*args)
    except TypeError as e:
        print("TypeError:", e)

try:
    @dataclass
    class Bad(A):
        late: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad3(B):
        y: int
        u: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class MutableDict:
        first: int = 0
        table: dict = {}
except ValueError as e:
    print("ValueError:", e)


@dataclass
class OkKw(A):
    _: KW_ONLY
    late: int


print(OkKw(1, late=2), names(OkKw))


@dataclass(frozen=True)
class F1:
    a: int


@dataclass(frozen=True)
class F2(F1):
    b: int = 0


class MidPlain(F2):
    pass


try:
    @dataclass
    class F3(MidPlain):
        c: int = 0
except TypeError as e:
    print("TypeError:", e)
print(F2(1), names(F2))

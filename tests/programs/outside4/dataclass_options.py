# dataclass options beyond eq/order/frozen/kw_only: unsafe_hash, slots, init, repr.
from dataclasses import dataclass, field, fields, asdict


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str
    note: str = field(default="", compare=False)


k1, k2, k3 = Key(1, "x"), Key(1, "x", "other note"), Key(2, "x")
print(len({k1, k2, k3}), k1 == k2, hash(k1) == hash(k2), hash(k1) == hash((1, "x")))
k1.a = 5  # still mutable
print(k1, hash(k1) == hash((5, "x")))
counts = {}
for k in [Key(1, "a"), Key(1, "a"), Key(2, "b")]:
    counts[k] = counts.get(k, 0) + 1
print(sorted((k.a, k.b, n) for k, n in counts.items()))


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


s = Slotted(1)
print(s, Slotted.__slots__, s.y, Slotted(2, 3, ["t"]))
try:
    s.z = 2
    print("assigned z")
except AttributeError:
    print("AttributeError on z")
s.y = 10
print(s, asdict(s), [f.name for f in fields(s)])


@dataclass(slots=True, frozen=True)
class FrozenPoint:
    x: float
    y: float

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


fp = FrozenPoint(3.0, 4.0)
print(fp, fp.norm(), fp == FrozenPoint(3.0, 4.0), len({fp, FrozenPoint(3.0, 4.0)}))
try:
    fp.x = 1
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(repr=False)
class Quiet:
    v: int

    def __str__(self):
        return f"Quiet<{self.v}>"


q = Quiet(4)
print(str(q), repr(q).startswith("<__main__.Quiet object at"), q == Quiet(4))


@dataclass(init=False)
class Manual:
    a: int
    b: int = 2

    def __init__(self, total):
        self.a = total - self.b


m = Manual(10)
print(m, m == Manual(10), m.b)


@dataclass(order=True, unsafe_hash=True)
class Version:
    major: int
    minor: int = 0


vs = {Version(1, 2), Version(1, 2), Version(0, 9)}
print(sorted(vs), max(vs))
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError", e)

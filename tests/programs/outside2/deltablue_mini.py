"""A scaled-down constraint propagation benchmark in the style of deltablue."""
from enum import IntEnum


class Strength(IntEnum):
    REQUIRED = 0
    STRONG_PREFERRED = 1
    PREFERRED = 2
    STRONG_DEFAULT = 3
    NORMAL = 4
    WEAK_DEFAULT = 5
    WEAKEST = 6

    def stronger(self, other):
        return self < other

    def weaker(self, other):
        return self > other


class Variable:
    __slots__ = ("name", "value", "constraints", "determined_by", "walk_strength", "stay", "mark")

    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = Strength.WEAKEST
        self.stay = True
        self.mark = 0

    def __repr__(self):
        return f"Variable({self.name!r}, {self.value})"


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def is_satisfied(self):
        raise NotImplementedError

    def execute(self):
        pass


class EqualityConstraint(Constraint):
    def __init__(self, a, b, strength=Strength.REQUIRED):
        super().__init__(strength)
        self.a = a
        self.b = b
        a.constraints.append(self)
        b.constraints.append(self)

    def is_satisfied(self):
        return self.a.value == self.b.value

    def execute(self):
        self.b.value = self.a.value


class ScaleConstraint(Constraint):
    def __init__(self, src, scale, offset, dest, strength=Strength.REQUIRED):
        super().__init__(strength)
        self.src, self.scale, self.offset, self.dest = src, scale, offset, dest
        for v in (src, dest):
            v.constraints.append(self)

    def is_satisfied(self):
        return self.dest.value == self.src.value * self.scale.value + self.offset.value

    def execute(self):
        self.dest.value = self.src.value * self.scale.value + self.offset.value


class Planner:
    def __init__(self):
        self.constraints = []

    def add(self, c):
        self.constraints.append(c)

    def plan(self):
        order = sorted(self.constraints, key=lambda c: (c.strength, type(c).__name__))
        return order

    def solve(self, rounds=5):
        changed = True
        n = 0
        while changed and n < rounds:
            changed = False
            for c in self.plan():
                if not c.is_satisfied():
                    c.execute()
                    changed = True
            n += 1
        return n


def chain_test(n):
    planner = Planner()
    vars_ = [Variable(f"v{i}") for i in range(n + 1)]
    for i in range(n):
        planner.add(EqualityConstraint(vars_[i], vars_[i + 1], Strength(i % 7)))
    vars_[0].value = 17
    rounds = planner.solve(rounds=n + 2)
    assert vars_[-1].value == 17, vars_[-1]
    print("chain", n, "rounds", rounds, "last", vars_[-1])


def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs, dests = [], []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        srcs.append(src)
        dests.append(dst)
        planner.add(ScaleConstraint(src, scale, offset, dst, Strength.NORMAL))
    planner.solve()
    total = sum(d.value for d in dests)
    print("projection", n, total, dests[3])
    scale.value = 5
    planner.solve()
    print("rescaled", [d.value for d in dests[:5]])
    print(Strength.STRONG_DEFAULT.stronger(Strength.WEAKEST), Strength.REQUIRED.weaker(Strength.NORMAL))
    print(Strength(3), repr(Strength.NORMAL), int(Strength.WEAKEST), Strength.NORMAL + 1)


for n in (10, 50, 100):
    chain_test(n)
projection_test(20)
print(sorted(Strength, reverse=True)[:3])
print(Strength["PREFERRED"].name, Strength.PREFERRED.value, len(Strength))

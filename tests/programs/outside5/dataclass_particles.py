"""Dataclass-heavy particle simulation with frozen vectors, defaults, post_init and ordering."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields
import math
import random


@dataclass(frozen=True)
class Vec:
    x: float
    y: float

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def norm(self):
        return math.hypot(self.x, self.y)


@dataclass
class Particle:
    pos: Vec
    vel: Vec
    mass: float = 1.0
    tag: str = "p"
    history: list = field(default_factory=list, repr=False)
    energy: float = field(init=False, default=0.0)

    def __post_init__(self):
        self.energy = 0.5 * self.mass * self.vel.norm() ** 2


@dataclass(order=True)
class Collision:
    time: int
    a: str
    b: str


rng = random.Random(3)
parts = [Particle(Vec(rng.uniform(0, 10), rng.uniform(0, 10)), Vec(rng.uniform(-1, 1), rng.uniform(-1, 1)),
                  mass=rng.choice([1.0, 2.0, 0.5]), tag=f"p{i}") for i in range(25)]
collisions = []
G = Vec(0, -0.05)
for step in range(200):
    for p in parts:
        vel = p.vel + G * 0.1
        pos = p.pos + vel * 0.1
        if pos.y < 0:
            pos = Vec(pos.x, -pos.y)
            vel = Vec(vel.x, -vel.y * 0.9)
        if not 0 <= pos.x <= 10:
            vel = Vec(-vel.x, vel.y)
            pos = Vec(min(max(pos.x, 0.0), 10.0), pos.y)
        p.pos, p.vel = pos, vel
        if step % 50 == 0:
            p.history.append(astuple(p.pos))
    if step % 20 == 0:
        for i in range(len(parts)):
            for j in range(i + 1, len(parts)):
                if (parts[i].pos - parts[j].pos).norm() < 0.5:
                    collisions.append(Collision(step, parts[i].tag, parts[j].tag))
for p in parts:
    p.__post_init__()
print(len(collisions), sorted(collisions)[:3])
print(round(sum(p.energy for p in parts), 6), max(parts, key=lambda p: p.energy).tag)
print(parts[0])
print(asdict(parts[1])["pos"], len(parts[1].history), [f.name for f in fields(Particle)])
v = Vec(1, 2)
print(v, v == Vec(1.0, 2.0), hash(v) == hash(Vec(1, 2)), replace(v, y=5), 2 * v, v * 3)
try:
    v.x = 3
except Exception as e:
    print(type(e).__name__, e)
c1, c2 = Collision(5, "a", "b"), Collision(5, "a", "c")
print(c1 < c2, c1 == Collision(5, "a", "b"), max(c1, c2))
print(Particle(Vec(0, 0), Vec(3, 4), 2.0))

# Annotated small n-body style simulation using a Body dataclass with float fields.
from dataclasses import dataclass
import math


@dataclass
class Body:
    x: float
    y: float
    vx: float
    vy: float
    m: float


def step(bodies: list[Body], dt: float) -> None:
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        for j in range(i + 1, n):
            b = bodies[j]
            dx: float = a.x - b.x
            dy: float = a.y - b.y
            d2: float = dx * dx + dy * dy + 0.01
            f: float = dt / (d2 * math.sqrt(d2))
            a.vx -= dx * b.m * f
            a.vy -= dy * b.m * f
            b.vx += dx * a.m * f
            b.vy += dy * a.m * f
    for body in bodies:
        body.x += dt * body.vx
        body.y += dt * body.vy


def energy(bodies: list[Body]) -> float:
    e: float = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a.m * (a.vx * a.vx + a.vy * a.vy)
        for b in bodies[i + 1:]:
            e -= a.m * b.m / math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2 + 0.01)
    return e


bodies: list[Body] = [Body(0.0, 0.0, 0.0, 0.0, 10.0), Body(1.0, 0.0, 0.0, 3.0, 0.1), Body(-2.0, 0.0, 0.0, -2.2, 0.2),
                      Body(0.0, 3.5, 1.6, 0.0, 0.05)]
e0 = energy(bodies)
for t in range(2001):
    if t % 500 == 0:
        print(t, " ".join(f"({b.x:+.4f},{b.y:+.4f})" for b in bodies))
    step(bodies, 0.001)
e1 = energy(bodies)
print(f"energy {e0:.8f} -> {e1:.8f} drift {abs(e1 - e0) / abs(e0):.2e}")

# 1D elastic collisions of particles in a box, time stepping, momentum/energy conservation checks.


class Particle:
    def __init__(self, x, v, m):
        self.x, self.v, self.m = x, v, m

    def __repr__(self):
        return f"P(x={self.x:.3f}, v={self.v:.3f})"


def step(ps, dt, length):
    collisions = 0
    for p in ps:
        p.x += p.v * dt
        if p.x < 0:
            p.x, p.v = -p.x, -p.v
        elif p.x > length:
            p.x, p.v = 2 * length - p.x, -p.v
    ps.sort(key=lambda p: p.x)
    for a, b in zip(ps, ps[1:]):
        if b.x - a.x < 0.01 and a.v > b.v:
            m1, m2 = a.m, b.m
            v1, v2 = a.v, b.v
            a.v = ((m1 - m2) * v1 + 2 * m2 * v2) / (m1 + m2)
            b.v = ((m2 - m1) * v2 + 2 * m1 * v1) / (m1 + m2)
            collisions += 1
    return collisions


ps = [Particle(1.0, 0.5, 1.0), Particle(3.0, -0.25, 2.0), Particle(6.0, 0.0, 1.0), Particle(8.0, -1.0, 0.5)]
energy0 = sum(0.5 * p.m * p.v ** 2 for p in ps)
total = 0
for t in range(2000):
    total += step(ps, 0.005, 10.0)
    if t % 400 == 0:
        print(t, ps)
energy = sum(0.5 * p.m * p.v ** 2 for p in ps)
print("collisions", total, f"energy {energy0:.6f} -> {energy:.6f}")

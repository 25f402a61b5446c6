# Particles in a box under gravity with elastic wall collisions and a simple energy account.
import random


class Particle:
    def __init__(self, x, y, vx, vy, mass):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.mass = mass

    def kinetic(self):
        return 0.5 * self.mass * (self.vx * self.vx + self.vy * self.vy)

    def potential(self, g):
        return self.mass * g * self.y


class Box:
    def __init__(self, width, height, gravity):
        self.width = width
        self.height = height
        self.gravity = gravity
        self.particles = []
        self.bounces = 0

    def add(self, p):
        self.particles.append(p)

    def step(self, dt):
        for p in self.particles:
            p.vy -= self.gravity * dt
            p.x += p.vx * dt
            p.y += p.vy * dt
            if p.x < 0.0 or p.x > self.width:
                p.vx = -p.vx
                p.x = min(max(p.x, 0.0), self.width)
                self.bounces += 1
            if p.y < 0.0:
                p.vy = -p.vy
                p.y = 0.0
                self.bounces += 1

    def energy(self):
        total = 0.0
        for p in self.particles:
            total += p.kinetic() + p.potential(self.gravity)
        return total


def build(n, seed):
    box = Box(10.0, 10.0, 9.81)
    x = seed
    for i in range(n):
        x = (x * 16807) % 2147483647
        px = (x % 1000) / 100.0
        box.add(Particle(px, 5.0 + i * 0.1, 1.0 - (i % 3), 0.0, 1.0 + i % 2))
    return box


box = build(20, 7)
e0 = box.energy()
for _ in range(500):
    box.step(0.001)
print("%.4f %.4f" % (e0, box.energy()))
print(box.bounces)

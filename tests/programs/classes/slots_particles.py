"""A particle system whose classes declare __slots__: attribute writes are checked against them."""


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def __repr__(self):
        return f"Vec({self.x:.2f}, {self.y:.2f})"


class Particle:
    __slots__ = ("pos", "vel", "mass")
    count = 0

    def __init__(self, pos, vel, mass=1.0):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        Particle.count += 1

    def step(self, dt):
        self.pos = self.pos + self.vel.scaled(dt)


class Charged(Particle):
    __slots__ = "charge"

    def __init__(self, pos, vel, charge):
        super().__init__(pos, vel)
        self.charge = charge


class Neutral(Charged):
    __slots__ = ()

    def __init__(self, pos, vel):
        Particle.__init__(self, pos, vel)


class Tagged(Particle):
    """No __slots__ here: instances get a __dict__ again."""


class Frozen:
    __slots__ = ()
    unit = "m/s"


def try_set(obj, name, value):
    try:
        setattr(obj, name, value)
        return f"set {type(obj).__name__}.{name} = {getattr(obj, name)!r}"
    except AttributeError as e:
        return f"AttributeError: {e}"


particles = [Particle(Vec(i, 2 * i), Vec(1, -0.5)) for i in range(3)]
particles.append(Charged(Vec(5, 5), Vec(0, 1), -1))
particles.append(Tagged(Vec(0, 0), Vec(2, 2)))
for _ in range(4):
    for p in particles:
        p.step(0.25)
for p in particles:
    print(type(p).__name__, p.pos, p.mass)
print("created", Particle.count)

print(try_set(particles[0], "mass", 2.5))
print(try_set(particles[0], "colour", "red"))
print(try_set(particles[3], "charge", 2))
print(try_set(particles[3], "spin", 0.5))
print(try_set(particles[4], "label", "tagged"))
print(try_set(Frozen(), "unit", "km/h"))
print(try_set(Frozen(), "speed", 3))
print(try_set(Vec(), "z", 1.0))

try:
    print(Neutral(Vec(), Vec()).charge)
except AttributeError as e:
    print("AttributeError:", e)

try:
    class Clash:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)

print(Vec.__slots__, Charged.__slots__, Frozen.__slots__)
total = Vec()
for p in particles:
    total = total + p.pos.scaled(p.mass)
print("centre of mass", total.scaled(1 / len(particles)))

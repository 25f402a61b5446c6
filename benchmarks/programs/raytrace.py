# A small ray tracer: spheres and a checkered plane, Lambert + specular shading, shadows and one
# reflection bounce; renders to a grayscale buffer and prints a checksum and an ASCII thumbnail.
import math

WIDTH, HEIGHT = 320, 240


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, shade, reflect):
        self.center, self.radius, self.shade, self.reflect = center, radius, shade, reflect

    def intersect(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        sq = math.sqrt(disc)
        t = -b - sq
        if t > 1e-6:
            return t
        t = -b + sq
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.center).norm()

    def color(self, p):
        return self.shade


class Plane:
    def __init__(self, y, reflect):
        self.y, self.reflect = y, reflect

    def intersect(self, origin, direction):
        if abs(direction.y) < 1e-9:
            return None
        t = (self.y - origin.y) / direction.y
        return t if t > 1e-6 else None

    def normal(self, p):
        return Vec(0.0, 1.0, 0.0)

    def color(self, p):
        return 0.9 if (math.floor(p.x) + math.floor(p.z)) % 2 == 0 else 0.2


SCENE = [
    Sphere(Vec(0.0, 1.0, 5.0), 1.0, 0.8, 0.3),
    Sphere(Vec(-2.2, 0.7, 6.5), 0.7, 0.6, 0.0),
    Sphere(Vec(2.0, 0.5, 4.0), 0.5, 0.95, 0.5),
    Plane(0.0, 0.2),
]
LIGHT = Vec(-3.0, 6.0, 1.0)


def nearest(origin, direction):
    best_t, best = None, None
    for obj in SCENE:
        t = obj.intersect(origin, direction)
        if t is not None and (best_t is None or t < best_t):
            best_t, best = t, obj
    return best_t, best


def trace(origin, direction, depth):
    t, obj = nearest(origin, direction)
    if obj is None:
        return 0.1 + 0.2 * max(0.0, direction.y)
    p = origin + direction * t
    n = obj.normal(p)
    to_light = (LIGHT - p).norm()
    shadow_t, _ = nearest(p, to_light)
    light_dist = math.sqrt((LIGHT - p).dot(LIGHT - p))
    lit = shadow_t is None or shadow_t > light_dist
    diffuse = max(0.0, n.dot(to_light)) if lit else 0.0
    refl_dir = direction - n * (2.0 * direction.dot(n))
    spec = max(0.0, refl_dir.dot(to_light)) ** 20 if lit else 0.0
    value = obj.color(p) * (0.1 + 0.9 * diffuse) + 0.5 * spec
    if depth > 0 and obj.reflect > 0:
        value = value * (1 - obj.reflect) + trace(p, refl_dir, depth - 1) * obj.reflect
    return value


def render():
    eye = Vec(0.0, 1.5, -1.0)
    buf = []
    for j in range(HEIGHT):
        row = []
        for i in range(WIDTH):
            x = (i - WIDTH / 2) / HEIGHT
            y = -(j - HEIGHT / 2) / HEIGHT
            d = Vec(x, y - 0.15, 1.0).norm()
            row.append(trace(eye, d, 2))
        buf.append(row)
    return buf


buf = render()
total = sum(sum(r) for r in buf)
print(f"checksum {total:.6f}")
ramp = " .:-=+*#%@"
for j in range(0, HEIGHT, 12):
    print("".join(ramp[min(9, int(buf[j][i] * 9.99))] for i in range(0, WIDTH, 5)))

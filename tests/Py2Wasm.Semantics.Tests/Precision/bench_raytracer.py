# A tiny ray tracer: spheres, a light, Lambert shading, rendered as ASCII.
import math


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin.add(self.direction.scale(t))


class Sphere:
    def __init__(self, center, radius, shade):
        self.center = center
        self.radius = radius
        self.shade = shade

    def intersect(self, ray):
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        t = -b - math.sqrt(disc)
        if t > 1e-6:
            return t
        return -1.0

    def normal(self, p):
        return p.sub(self.center).normalized()


class Scene:
    def __init__(self, light):
        self.objects = []
        self.light = light

    def add(self, sphere):
        self.objects.append(sphere)

    def closest(self, ray):
        best_t = 1e30
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t > 0.0 and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray):
        hit, t = self.closest(ray)
        if hit is None:
            return 0.0
        p = ray.at(t)
        n = hit.normal(p)
        to_light = self.light.sub(p).normalized()
        lambert = n.dot(to_light)
        if lambert < 0.0:
            lambert = 0.0
        return lambert * hit.shade


def render(scene, width, height):
    eye = Vec(0.0, 0.0, -4.0)
    chars = " .:-=+*#%@"
    lines = []
    for j in range(height):
        line = ""
        for i in range(width):
            x = (i - width / 2) / width * 2.0
            y = (height / 2 - j) / height * 2.0
            d = Vec(x, y, 1.5).normalized()
            v = scene.trace(Ray(eye, d))
            index = int(v * (len(chars) - 1))
            line += chars[index]
        lines.append(line)
    return lines


scene = Scene(Vec(-3.0, 4.0, -5.0))
scene.add(Sphere(Vec(0.0, 0.0, 1.0), 1.0, 1.0))
scene.add(Sphere(Vec(1.5, -0.5, 0.5), 0.5, 0.8))
scene.add(Sphere(Vec(-1.5, 0.5, 2.0), 0.7, 0.6))
for row in render(scene, 48, 20):
    print(row)

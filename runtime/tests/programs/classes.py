class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


class Vec3(Vec):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Vec3({self.x}, {self.y}, {self.z})"


a = Vec(1, 2)
b = Vec(3, -1)
print(a + b, a == Vec(1, 2), a != b, sorted([b, a, Vec(0, 5)]), a.norm2)
v = Vec3(1, 2, 3)
print(v, isinstance(v, Vec), v.norm2, [v.x, v])
items = [a]
alias = items
alias.append(b)
print(items, len(alias))
import sys
sys.exit(3)

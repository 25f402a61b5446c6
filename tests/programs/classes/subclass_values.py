# Subclasses of str, int, float and tuple: value types with extra behaviour, custom __new__,
# __repr__/__str__ overrides, and their use as dict keys, in sorting, arithmetic and formatting.


class Identifier(str):
    def __new__(cls, text):
        cleaned = "_".join(text.strip().lower().split())
        return super().__new__(cls, cleaned)

    def is_private(self):
        return self.startswith("_")


names = [Identifier("  Total Count "), Identifier("_cache"), Identifier("Alpha")]
print(names, [type(n).__name__ for n in names])
print(sorted(names), [n.is_private() for n in names], names[0].upper(), names[0] + "!")
lookup = {"total_count": 1, "alpha": 2}
print(lookup[names[0]], lookup.get(names[2]), names[2] == "alpha", hash(names[2]) == hash("alpha"))
print("/".join(names), f"[{names[1]}]", f"{names[2]:>8}|", len(names[0]), names[0][:5], "count" in names[0])
print("total_count".startswith(names[0][:3]), names[0].split("_"), str(names[1]), repr(names[1]))


class Money(int):
    def __new__(cls, cents):
        if cents < 0:
            raise ValueError("negative amount")
        return super().__new__(cls, cents)

    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"

    def __repr__(self):
        return f"Money({int(self)})"

    def __add__(self, other):
        return Money(int(self) + int(other))


wallet = [Money(250), Money(1999), Money(1)]
print(wallet, sum(wallet), max(wallet), min(wallet))
total = wallet[0] + wallet[1]
print(total, repr(total), type(total).__name__, total * 2, type(total * 2).__name__, 5 + total)
print(f"{total}", f"{total:>8}", "%d cents" % total, int(total) == 2249, total > 2000, abs(total))
try:
    Money(-5)
except ValueError as e:
    print("error:", e)


class Celsius(float):
    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    def __str__(self):
        return f"{float(self):.1f}°C"


readings = [Celsius(21.5), Celsius(-3.25), Celsius(37.0)]
for r in readings:
    print(r, repr(r), round(r.to_fahrenheit(), 2), int(r), r > 0, f"{r:.3f}")
print(sorted(readings), sum(readings) / len(readings), isinstance(readings[0], float))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


p = Point(1, 2) + Point(10, 20)
print(p, p.x, p.y, len(p), list(p), p == (11, 22), isinstance(p, tuple))
seen = {Point(1, 2): "a", (3, 4): "b"}
print(seen[(1, 2)], seen[Point(3, 4)], sorted([Point(2, 1), Point(1, 5)]))
x, y = p
print(x, y, tuple(p), p.count(11), p.index(22), p[::-1])

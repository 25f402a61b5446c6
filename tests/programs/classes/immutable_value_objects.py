# Immutable value objects: frozen dataclasses, __slots__ with no setters, hashing for use in sets,
# and "with_" methods returning modified copies.
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def __post_init__(self):
        for v in (self.r, self.g, self.b):
            if not 0 <= v <= 255:
                raise ValueError(f"component {v} out of range")

    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        return cls(*(int(text[i:i + 2], 16) for i in (0, 2, 4)))

    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

    def mix(self, other, t=0.5):
        return Color(*(round(a + (b - a) * t) for a, b in zip((self.r, self.g, self.b), (other.r, other.g, other.b))))

    def with_red(self, r):
        return replace(self, r=r)


red, blue = Color.from_hex("#ff0000"), Color(0, 0, 255)
purple = red.mix(blue)
print(red, purple.hex(), red.mix(blue, 0.25).hex(), red.with_red(10), red)
palette = {red, blue, Color(255, 0, 0), purple}
print(len(palette), sorted(c.hex() for c in palette))
try:
    red.r = 0
except Exception as e:
    print(type(e).__name__)
try:
    Color(300, 0, 0)
except ValueError as e:
    print("ValueError:", e)
print(Color.from_hex("#123456") == Color(0x12, 0x34, 0x56), hash(red) == hash(Color(255, 0, 0)))

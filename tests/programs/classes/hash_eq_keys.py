# Objects as dict keys and set members: __eq__/__hash__ consistency, unhashable when __eq__ only.


class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"C({self.x},{self.y})"


class CaseInsensitive:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        return self.s.lower() == other.s.lower()

    def __hash__(self):
        return hash(self.s.lower())

    def __repr__(self):
        return repr(self.s)


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


grid = {}
for x in range(3):
    for y in range(3):
        grid[Coord(x, y)] = x * 3 + y
print(grid[Coord(2, 1)], Coord(1, 1) in grid, Coord(5, 5) in grid, len(grid))
seen = {Coord(1, 2), Coord(1, 2), Coord(2, 1)}
print(len(seen), sorted(seen, key=lambda c: (c.x, c.y)))
words = [CaseInsensitive(w) for w in ["Apple", "apple", "APPLE", "Banana", "banana", "cherry"]]
uniq = {}
for w in words:
    uniq.setdefault(w, 0)
    uniq[w] += 1
print(list(uniq.items()))
print(OnlyEq(1) == OnlyEq(1), OnlyEq.__hash__ is None)
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)
print(Coord(0, 0) != Coord(0, 0), Coord(0, 0) == (0, 0))

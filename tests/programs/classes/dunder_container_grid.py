# A 2D grid container with tuple indexing, slicing rows, __iter__, __contains__, __len__, __eq__,
# __repr__ and in-place mutation via __setitem__; used for a flood fill.


class Grid:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def parse(cls, text):
        return cls(line for line in text.strip().splitlines())

    @property
    def height(self):
        return len(self.rows)

    @property
    def width(self):
        return len(self.rows[0])

    def __len__(self):
        return self.height * self.width

    def __getitem__(self, pos):
        if isinstance(pos, int):
            return "".join(self.rows[pos])
        r, c = pos
        return self.rows[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value

    def __contains__(self, ch):
        return any(ch in row for row in self.rows)

    def __iter__(self):
        for r in range(self.height):
            for c in range(self.width):
                yield (r, c), self.rows[r][c]

    def __eq__(self, other):
        return isinstance(other, Grid) and self.rows == other.rows

    def __repr__(self):
        return "\n".join("".join(r) for r in self.rows)

    def neighbors(self, r, c):
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            if 0 <= r + dr < self.height and 0 <= c + dc < self.width:
                yield r + dr, c + dc


def flood(grid, start, fill):
    target = grid[start]
    stack = [start]
    count = 0
    while stack:
        pos = stack.pop()
        if grid[pos] != target:
            continue
        grid[pos] = fill
        count += 1
        stack.extend(grid.neighbors(*pos))
    return count


g = Grid.parse("""
..##....
.#..#...
.#..#.##
..##..#.
......#.
""")
print(len(g), g.height, g.width, "#" in g, "@" in g, g[1], g[2, 6])
print(flood(g, (1, 2), "o"), flood(g, (0, 0), "~"), flood(g, (3, 7), "x"))
print(g)
print(sum(1 for _, ch in g if ch == "~"), g == Grid.parse(repr(g)))

# Sequence patterns over tuples and lists: fixed length, nested, captures with as, star in middle.


def where(point):
    match point:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y axis at {y}"
        case (x, 0):
            return f"on x axis at {x}"
        case (x, y) if x == y:
            return f"on diagonal at {x}"
        case (x, y):
            return f"at ({x}, {y})"
        case (x, y, z):
            return f"3d point ({x}, {y}, {z})"
        case _:
            return "not a point"


def summarize(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [first, second]:
            return f"pair: {first}, {second}"
        case [first, *middle, last]:
            return f"{first} ... {last} ({len(middle)} between)"


def nested(data):
    match data:
        case [(a, b), (c, d)] if a + b == c + d:
            return f"balanced pairs {a + b}"
        case [[x, *_] as row, *_] if isinstance(x, str):
            return f"first row starts with text: {row}"
        case [(_, _) as p, *rest]:
            return f"starts with pair {p}, rest {rest}"
        case _:
            return "no match"


for p in [(0, 0), (0, 5), (3, 0), (4, 4), (1, 2), (1, 2, 3), [7, 7], "xy", (1,)]:
    print(p, "->", where(p))
for s in [[], [1], [1, 2], [1, 2, 3, 4, 5], "abc", range(4)]:
    print(s, "->", summarize(s))
for d in [[(1, 2), (3, 0)], [["a", 1], ["b"]], [(9, 9), 1, 2], [1, 2]]:
    print(d, "->", nested(d))

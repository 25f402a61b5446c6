def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return f"axis {x}"
        case {"x": x, "y": y}:
            return f"dict {x},{y}"
        case _:
            return "other"

print(describe((0, 0)), describe((3, 0)), describe({"x": 1, "y": 2}))

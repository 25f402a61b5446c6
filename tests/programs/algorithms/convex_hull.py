# Convex hull (Andrew's monotone chain) and polygon area via the shoelace formula.


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts
    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def area2(poly):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1])))


def perimeter(poly):
    return sum(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]))


pts = [((i * 37) % 23 - 11, (i * 91) % 29 - 14) for i in range(60)]
h = hull(pts)
print(len(pts), len(h))
print(h)
print("area:", area2(h) / 2)
print("perimeter: %.6f" % perimeter(h))
square = [(0, 0), (4, 0), (4, 4), (0, 4), (2, 2), (1, 3), (4, 2)]
print(hull(square), area2(hull(square)) / 2)
print(hull([(1, 1), (2, 2), (3, 3)]))

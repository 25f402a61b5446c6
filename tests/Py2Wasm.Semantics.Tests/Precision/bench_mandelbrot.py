# Mandelbrot set membership on a small grid, printed as characters.


def escapes(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for i in range(limit):
        tr = zr * zr - zi * zi + cr
        ti = 2.0 * zr * zi + ci
        zr = tr
        zi = ti
        if zr * zr + zi * zi > 4.0:
            return i
    return limit


def render(width, height, limit):
    rows = []
    for y in range(height):
        ci = 2.0 * y / height - 1.0
        line = ""
        for x in range(width):
            cr = 3.0 * x / width - 2.0
            n = escapes(cr, ci, limit)
            if n == limit:
                line += "#"
            elif n > limit // 2:
                line += "+"
            else:
                line += "."
        rows.append(line)
    return rows


def count_inside(rows):
    total = 0
    for row in rows:
        for ch in row:
            if ch == "#":
                total += 1
    return total


picture = render(60, 24, 50)
for row in picture:
    print(row)
print(count_inside(picture))

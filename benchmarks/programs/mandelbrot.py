# Mandelbrot set: escape-time iteration on a grid of complex points using plain floats; prints
# the count of points inside, an iteration checksum and a small ASCII rendering.
SIZE = 600
MAX_ITER = 50


def escape(cr, ci, limit):
    zr = zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def main(size):
    inside = 0
    checksum = 0
    rows = []
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        row = []
        for x in range(size):
            cr = 2.5 * x / size - 2.0
            n = escape(cr, ci, MAX_ITER)
            row.append(n)
            if n == MAX_ITER:
                inside += 1
            checksum = (checksum + n * (x + 1) * (y + 1)) % 1000000007
        rows.append(row)
    print("inside", inside, "checksum", checksum)
    step = size // 30
    for y in range(0, size, step * 2):
        print("".join("#" if rows[y][x] == MAX_ITER else "+" if rows[y][x] > 10 else "." for x in range(0, size, step)))


main(SIZE)

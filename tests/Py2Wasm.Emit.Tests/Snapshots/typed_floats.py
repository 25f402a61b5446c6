import math


def half_norm(x, y):
    # x and y are guarded: the typed body runs when both arguments are floats at run time.
    d2 = x * x + y * y
    return 0.5 * math.sqrt(d2)


def steps(n):
    # t and v are float locals without a guard; n and k stay dynamic.
    t = 0.0
    v = 1.5
    for k in range(n):
        t += v / 2
        v = -v % 3.0
        if t >= 10:
            print(k, t)
    return t


print(half_norm(3.0, 4.0), half_norm(3, 4), steps(5))

# Dynamic-representation fast paths: borrowed local reads, in-place updates of locals,
# direct argument binding for positional-only calls, and the copy fallback for walrus targets.


def dot(xs, ys):
    total = 0.0
    for i in range(len(xs)):
        total += xs[i] * ys[i]
    return total


def bump(values, k):
    values[k] += 1
    values[0] = values[k] - 1
    return values[k] > values[0] and -values[k] < 0


def rebinds(n):
    # `n` is a walrus target: it is read by copy, never borrowed.
    while (n := n - 1) > 0:
        pass
    return n


def keywords(a, *, b=2):
    return a + b


print(dot([1.0, 2.0], [3.0, 4.0]), bump([1, 2, 3], 2), rebinds(3), keywords(1, b=3))

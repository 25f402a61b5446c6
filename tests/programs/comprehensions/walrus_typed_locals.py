# A walrus inside a comprehension binds in the enclosing function, so a local that is otherwise
# plain int or float arithmetic is not a typed local there (the emitter crashed on these).


def running_totals(data):
    total = 0
    count = 0
    sums = [total := total + x for x in data]
    for i in range(len(data)):
        count += i
    return total, sums, count


def float_running(data):
    acc = 0.0
    scale = 2.0
    out = [acc := acc * 0.5 + v * scale for v in data]
    return acc, out


def nested(rows):
    best = 0
    flat = [[(best := max(best, c)) for c in row] for row in rows]
    return best, flat


def in_generator(n):
    last = -1
    s = sum((last := i * i) for i in range(n))
    return s, last


print(running_totals([3, 4, 5]))
print(running_totals([]))
print(float_running([1.0, 2.5, -3.0]))
print(nested([[1, 5, 2], [7, 0], []]))
print(in_generator(6))
print(running_totals([10**20, 1]))

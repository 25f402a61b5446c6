# Int locals proved by the function-local analysis become unboxed pyrt::Int values.


def collatz_steps(start):
    steps = 0
    n = 27
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps + start


def sum_squares(items):
    total = 0
    for i in range(len(items)):
        total += i * i
    mean = total / len(items)
    scaled = total * 0.5
    print(total, mean, scaled, items[total % len(items)])
    return total << 2


def tri(i, j):
    # Int parameters: a typed copy of the body runs when both arguments are exact ints
    # (a body with float literals tries float parameters first).
    k = i
    return (k + j) * (k + j + 1) // 2 + i + 1

# An exception raised inside float arithmetic that the compiler keeps unboxed must end the program
# with CPython's traceback: the same lines and message, after the output printed so far.


def harmonic(steps, scale):
    total = 0.0
    d = 2.0
    for k in range(steps):
        total += scale / d
        d -= 1.0
        print(k, total, d)
    return total


print(harmonic(2, 2))
print(harmonic(4, 1.5))

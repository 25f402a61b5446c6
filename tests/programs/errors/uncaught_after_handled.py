# Expected: several errors are handled, then an unhandled RuntimeError ends the program.


def step(n):
    if n == 2:
        raise ValueError("recoverable")
    if n == 4:
        raise RuntimeError(f"fatal at step {n}")
    return n * n


for i in range(6):
    try:
        print("step", i, "->", step(i))
    except ValueError as e:
        print("step", i, "recovered from", e)

# Expected: RecursionError from unbounded recursion (the final traceback line is stable).


def countdown(n):
    if n == -1:
        return "never reached because the base case is wrong"
    return countdown(n + 1)


print("starting")
countdown(0)

# Expected: StopIteration escapes from next() on an exhausted iterator at module level.

it = iter(["first", "second"])
print(next(it))
print(next(it))
print(next(it))

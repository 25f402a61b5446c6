# Higher-order functions: map/filter/reduce, sorted with keys, partial, function tables.
from functools import reduce, partial
import operator


def pipeline(data, *steps):
    for step in steps:
        data = step(data)
    return data


def power(base, exp):
    return base ** exp


nums = list(range(1, 21))
evens = list(filter(lambda n: n % 2 == 0, nums))
squares = list(map(lambda n: n * n, evens))
print(evens, squares)
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
print(reduce(max, [3, 9, 2], 0), reduce(operator.add, [], "empty"))
square, cube = partial(power, exp=2), partial(power, exp=3)
two_to = partial(power, 2)
print(square(7), cube(3), [two_to(i) for i in range(8)])
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "//": operator.floordiv, "**": pow}
print({sym: fn(17, 5) for sym, fn in ops.items()})
people = [("zoe", 31), ("adam", 25), ("mia", 31), ("bob", 19)]
print(sorted(people, key=operator.itemgetter(1)))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])), min(people, key=operator.itemgetter(1, 0)))
print(pipeline("  Hello, World  ", str.strip, str.lower, lambda s: s.replace(",", ""), str.split))
print(list(map(pow, [2, 3, 4], [5, 2, 1])), list(map(operator.neg, [1, -2])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(sum(map(len, ["abc", "de", ""])), any(map(str.isdigit, "ab3")), all(map(bool, [1, 0])))

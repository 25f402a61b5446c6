# StopIteration handling: next() defaults, manual iteration loops, StopIteration in generators
# becomes RuntimeError (PEP 479).


def manual_sum(iterable):
    it = iter(iterable)
    total = 0
    while True:
        try:
            total += next(it)
        except StopIteration:
            return total


def first(iterable, default=None):
    return next(iter(iterable), default)


def bad_gen():
    yield 1
    raise StopIteration("oops")


print(manual_sum([1, 2, 3]), manual_sum(range(101)), manual_sum([]))
print(first([]), first("xyz"), first({}, "empty"))
g = bad_gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


class Limited:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Limited(4)), sum(Limited(10)), sorted(Limited(3)))

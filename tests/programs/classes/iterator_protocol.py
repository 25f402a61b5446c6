# Iterator classes: __iter__/__next__, StopIteration, reusable iterables vs one-shot iterators.


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        return Range2DIter(self)

    def __len__(self):
        return self.rows * self.cols


class Range2DIter:
    def __init__(self, r):
        self.r = r
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.r):
            raise StopIteration
        pos = divmod(self.i, self.r.cols)
        self.i += 1
        return pos


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


c = Countdown(5)
print(list(c), list(c))
r = Range2D(2, 3)
print(list(r), list(r), len(r))
it = iter(r)
print(next(it), next(it), next(it, None))
print(list(zip(Countdown(3), Fib(100))))
f = Fib(1000)
print(sum(f), max(f), sorted(f, reverse=True)[:3])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(dict(enumerate(Countdown(3))), 3 in Countdown(5), 9 in Fib(10))
for i, (a, b) in enumerate(Range2D(2, 2)):
    print(i, a, b, end="; ")
print()

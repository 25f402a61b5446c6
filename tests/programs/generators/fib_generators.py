# Generators: infinite sequences, islice-free taking, pipelines of generators.


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def filter_gen(pred, it):
    for x in it:
        if pred(x):
            yield x


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total


print(take(10, fib()))
print(take(10, filter_gen(lambda x: x % 2 == 0, fib())))
print(take(15, primes()))
print(take(8, running_sum(naturals())))
g = fib()
print(next(g), next(g), next(g), next(g))
squares = (n * n for n in naturals())
print(take(5, squares), take(3, squares))
print(sum(take(100, primes())))

# Closures that capture generators and generators that capture closures; nonlocal state updated
# from inside a generator; a memoizing generator factory.


def make_id_source(prefix):
    counter = 0

    def gen():
        nonlocal counter
        while True:
            counter += 1
            yield f"{prefix}-{counter:03d}"

    def issued():
        return counter

    return gen(), issued


ids, issued = make_id_source("ord")
print(next(ids), next(ids), issued())
print([next(ids) for _ in range(3)], issued())


def cached_sequence(fn):
    cache = []

    def iterate():
        i = 0
        while True:
            if i == len(cache):
                cache.append(fn(i))
            yield cache[i]
            i += 1

    def computed():
        return len(cache)

    return iterate, computed


squares, computed = cached_sequence(lambda i: i * i)
a, b = squares(), squares()
print([next(a) for _ in range(5)], computed())
print([next(b) for _ in range(3)], computed())
print([next(a) for _ in range(2)], computed())


def adders():
    for n in range(3):
        yield lambda x, n=n: x + n


print([f(10) for f in adders()])

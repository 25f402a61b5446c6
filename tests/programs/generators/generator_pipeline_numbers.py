# Chained generator stages processing numbers; each stage is a generator function with a counter.

stats = {}


def stage(name):
    def deco(fn):
        def wrapper(source, *args):
            stats[name] = 0
            for item in fn(source, *args):
                stats[name] += 1
                yield item
        return wrapper
    return deco


@stage("source")
def source(n):
    yield from range(n)


@stage("odd")
def odd(it):
    return (x for x in it if x % 2)


@stage("square")
def square(it):
    for x in it:
        yield x * x


@stage("window_sum")
def window_sum(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == k:
            yield sum(buf)
            buf.pop(0)


@stage("limit")
def limit(it, n):
    for i, x in enumerate(it):
        if i == n:
            return
        yield x


result = list(limit(window_sum(square(odd(source(1000))), 3), 8))
print(result)
print(stats)
stats.clear()
print(sum(square(odd(source(100)))), stats)

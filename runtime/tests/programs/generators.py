def countdown(n):
    while n > 0:
        got = yield n
        if got:
            n = got
        n -= 1
    return "done"


g = countdown(5)
print(next(g), next(g), g.send(10), list(g))


def squares(xs):
    for x in xs:
        yield x * x


def chained():
    r = yield from countdown(2)
    yield r
    yield from squares([1, 2, 3])


print(list(chained()), sum(squares(range(5))))

g2 = countdown(1)
print(next(g2))
for attempt in ["first", "again"]:
    try:
        next(g2)
    except StopIteration as e:
        print(attempt, e.value, e.args)

stack = [7, 0, 3, 2]
print(list(iter(stack.pop, 0)), stack)

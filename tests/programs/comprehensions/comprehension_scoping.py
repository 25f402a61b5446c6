# Comprehension scoping: loop variables don't leak, class-body comprehensions see only the
# outermost iterable, closures capture per-comprehension scope, walrus binds in the function.


def demo():
    x = "outer"
    squares = [x * 2 for x in range(3)]
    print(squares, x)
    total = 0
    results = [total := total + v for v in range(5)]
    print(results, total)
    fns = [lambda: i for i in range(3)]
    print([f() for f in fns])
    fns2 = [(lambda i=i: i) for i in range(3)]
    print([f() for f in fns2])


class Config:
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    pairs = {n: i for i, n in enumerate(names)}
    limit = 2
    try:
        limited = [n for n in names if len(names) < limit]
    except NameError as e:
        limited = f"NameError: {e}"


demo()
print(Config.upper, Config.pairs)
print(Config.limited)
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)])
gen = (y for y in range(3))
print(list(gen), [n for n in (m * m for m in range(4)) if n])

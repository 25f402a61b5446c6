"""locals(), vars() and dir() inside functions: snapshots of the bound variables, in CPython's order."""


def describe(name, qty, *extras, unit="kg", **opts):
    total = qty * 2
    if qty > 100:
        warning = "bulk order"
    line = "{name}: {qty} {unit} (x2 = {total})".format(**locals())
    print(line)
    print(list(locals()))
    print(dir())
    return {k: v for k, v in locals().items() if k != "line"}


print(describe("flour", 3, "organic", color="white"))
print(describe("sugar", 300))


def counter():
    count = 0
    history = []

    def bump(step):
        nonlocal count
        count += step
        history.append(step)
        return sorted(locals().items())

    print(bump(2), bump(5))
    snapshot = vars()
    snapshot["count"] = -1  # a copy: the variable does not change
    print(sorted(k for k in snapshot), count)


counter()


def outer():
    a = 1

    def middle():
        def leaf():
            return a
        return sorted(locals())  # 'a' passes through middle to leaf

    return middle()


print(outer())
pair = lambda x, y=2: locals()
print(pair(1), pair(3, y=4))


def steps(n):
    for i in range(n):
        yield dict(locals())


print(list(steps(3)))


def lifecycle():
    print(locals())
    temp = 5
    print(locals())
    del temp
    print(locals())
    for ch in "ab":
        pass
    try:
        raise ValueError("x")
    except ValueError as err:
        print(sorted(locals()))
    print(sorted(locals()))


lifecycle()


def template_report(items):
    count = len(items)
    total = sum(items)
    mean = total / count
    return "%(count)d items, total %(total)d, mean %(mean).2f" % locals()


print(template_report([3, 4, 8]))

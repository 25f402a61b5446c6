# yield from for flattening nested iterables of any depth, for delegating to sub-generators that
# return values, and for re-yielding from ranges/strings/dict views.


def flatten(obj):
    if isinstance(obj, (list, tuple, set)) and not isinstance(obj, str):
        for item in (sorted(obj) if isinstance(obj, set) else obj):
            yield from flatten(item)
    else:
        yield obj


def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count if count else 0.0
        total += value
        count += 1


def grouped_averages(groups):
    results = {}
    for name, values in groups.items():
        avg = averager()
        next(avg)
        for v in values:
            avg.send(v)
        try:
            avg.send(None)
        except StopIteration as stop:
            results[name] = stop.value
    return results


def delegate_all(groups):
    for name, values in groups.items():
        result = yield from reporter(name, values)
        yield f"{name} done ({result} items)"


def reporter(name, values):
    for v in values:
        yield f"{name}:{v}"
    return len(values)


nested = [1, [2, (3, 4), [[5]], {7, 6}], "text", ((8,),), []]
print(list(flatten(nested)))
groups = {"a": [1, 2, 3, 4], "b": [10, 20], "c": []}
print(grouped_averages(groups))
print(list(delegate_all(groups)))


def views(d):
    yield from d.keys()
    yield from d.values()
    yield from range(2)
    yield from "xy"


print(list(views({"k1": 1, "k2": 2})))

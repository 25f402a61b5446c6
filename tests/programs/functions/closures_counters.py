# Closures: counters with nonlocal, late binding in loops, closures over closures.


def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return inc, reset


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return sum(items) / len(items)
    return add


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
inc2, _ = make_counter()
print(inc2(), inc2(), inc())
avg = make_accumulator()
print([avg(x) for x in (10, 20, 30, 40)])
late = [lambda: i for i in range(4)]
early = [lambda i=i: i for i in range(4)]
print([f() for f in late], [f() for f in early])
f = compose(len, str.split, str.strip)
print(f("  to be or not  "), compose(lambda x: x + 1, lambda x: x * 2)(5))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()


print(outer())
print(inc.__closure__ is not None, len(inc.__code__.co_freevars))

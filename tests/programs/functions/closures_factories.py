def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset(value=start):
        nonlocal count
        old, count = count, value
        return old

    inc.reset = reset
    return inc


c1 = make_counter()
c2 = make_counter(100, -10)
print([c1() for _ in range(3)], [c2() for _ in range(3)], c1.reset(), c1(), c2.reset(5), c2())


def make_accumulators():
    funcs = []
    for i in range(4):
        funcs.append(lambda x, i=i: x + i)
    late = [lambda x: x + i for i in range(4)]
    return funcs, late


early, late = make_accumulators()
print([f(10) for f in early], [f(10) for f in late])


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    composed.__name__ = "compose(" + ", ".join(getattr(f, "__name__", "?") for f in fns) + ")"
    return composed


def double(x):
    return x * 2


def inc(x):
    return x + 1


h = compose(double, inc, abs)
print(h.__name__, h(-5), compose()(7), compose(str, len)("hello"))


def memo_fib():
    cache = {0: 0, 1: 1}

    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache


fib, cache = memo_fib()
print(fib(100), len(cache), max(cache))


def bank():
    balance = 0
    log = []

    def deposit(x):
        nonlocal balance
        balance += x
        log.append(("+", x))
        return balance

    def withdraw(x):
        nonlocal balance
        if x > balance:
            log.append(("!", x))
            return None
        balance -= x
        log.append(("-", x))
        return balance

    def report():
        return balance, list(log)
    return deposit, withdraw, report


dep, wd, rep = bank()
print(dep(50), wd(20), wd(100), dep(5), rep())
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    def shadow():
        x = "local"
        return x
    res = (inner(), shadow())
    x = "changed"
    return res + (inner(),)


print(outer(), x)


def gen_closures():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    yield from (add(k) for k in range(5))
    yield total


print(list(gen_closures()))
adders = {name: (lambda k: lambda v: v * k)(k) for name, k in [("twice", 2), ("thrice", 3)]}
print({n: f(7) for n, f in adders.items()}, sorted(adders))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4), (lambda: None)(), (lambda x=[]: x.append(1) or len(x))())

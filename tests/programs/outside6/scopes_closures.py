x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    def rebinder():
        nonlocal x
        x = "rebound"

    print(inner())
    rebinder()
    print(inner(), x)


outer()
print(x)


def make_counters():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counters()
inc()
inc(5)
print(get())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def set_global():
    global x, new_global
    x = "changed"
    new_global = 42


set_global()
print(x, new_global)


class K:
    attr = 10
    doubled = [attr * 2 for _ in range(2)] if False else None
    items = [1, 2, 3]
    total = sum(v for v in items)

    def method(self):
        return self.attr, K.attr


print(K.total, K().method())
try:
    class Broken:
        a = 1
        b = [a + v for v in range(2)]
except NameError as e:
    print("NameError:", e)


def shadow():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
    return y


y = "outer y"
print(shadow())


def deep():
    a = 1

    def l1():
        b = 2

        def l2():
            nonlocal a
            a += b
            return a

        return l2

    return l1()()


print(deep())


def memo(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))
adders = {n: (lambda v, n=n: v + n) for n in range(3)}
print([adders[k](10) for k in adders])
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, a=4))
if True:
    block_var = "visible"
print(block_var, [w for w in range(3)], "w" in dir() if False else "skip")
for loop_var in range(3):
    pass
print(loop_var)
del loop_var
try:
    print(loop_var)
except NameError as e:
    print("NameError:", e)

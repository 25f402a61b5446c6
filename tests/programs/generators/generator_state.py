# Generator state and lifecycle: exhaustion, reuse, generator objects as iterators, return in gen.


def countdown(n):
    print(f"  start {n}")
    while n > 0:
        yield n
        n -= 1
    print("  finished")
    return "liftoff"


def limited(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


gen = countdown(3)
print("created")
print(next(gen))
print(list(gen))
print(list(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value)
g2 = countdown(2)
print(iter(g2) is g2, hasattr(g2, "__next__"), type(g2).__name__)
for x in g2:
    print("loop", x)
print(list(limited(countdown(100), 3)))
gen_expr = (c.upper() for c in "abc")
print(next(gen_expr), list(gen_expr), list(gen_expr))


def fib_until(limit):
    a, b = 0, 1
    while True:
        if a > limit:
            return
        yield a
        a, b = b, a + b


print(list(fib_until(100)), sum(fib_until(10 ** 6)))

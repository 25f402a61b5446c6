# Generators, closures and scoping, then CPython's message for 38 common runtime errors, argument-binding errors,
# and class methods of built-in types reached through values ({}.fromkeys, ''.maketrans, (1.5).fromhex).
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(); c(); c(5); print(c(), c.__name__, c.__qualname__)
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return avg
        total += x; count += 1; avg = total / count
a = averager(); next(a); a.send(10); print(a.send(20))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (x for x in "cd"))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.takewhile(lambda x: x < 100, fib())), sum(itertools.islice(fib(), 90)))
errors = [lambda: [][0], lambda: {}["k"], lambda: 1 / 0, lambda: int("x"), lambda: None.attr, lambda: "a" + 1, lambda: len(5),
          lambda: [1, 2].index(3), lambda: (1).foo, lambda: undefined_name, lambda: float("abc"), lambda: "abc"[5], lambda: {1: 2}.pop(3),
          lambda: [].pop(), lambda: set().pop(), lambda: int(None), lambda: ord("ab"), lambda: chr(-1), lambda: divmod(1, 0), lambda: 2 ** -1 % 0,
          lambda: list(zip([1], [2, 3], strict=True)), lambda: max([]), lambda: next(iter([])), lambda: "x".join([1]), lambda: sorted([1, "a"]),
          lambda: tuple()[0], lambda: {}.fromkeys(1), lambda: object().x, lambda: 1 < "a", lambda: -"a", lambda: [1][1:2:0], lambda: range(0, 10, 0),
          lambda: "abc".split(""), lambda: int("1" * 5000), lambda: 10 ** 400 * 1.0, lambda: round(float("inf")), lambda: hash([]), lambda: bytes([256])]
for f in errors:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = 10
def scope_test():
    print(x)
    try:
        y
    except NameError as e:
        print(e)
scope_test()
def bad():
    print(z)
    z = 1
try:
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print([f() for f in [lambda i=i: i * 2 for i in range(3)]], (lambda *a, **k: (a, k))(1, b=2))
def kw(a, /, b, *, c=3, **rest): return a, b, c, rest
print(kw(1, 2), kw(1, b=2, c=4, d=5))
try:
    kw(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
print({}.fromkeys("ab", 1), {"z": 1}.fromkeys([2]), str.maketrans("a", "b") == "".maketrans("a", "b"), (1.5).fromhex("0x1p1"), b"".fromhex("ff"), (5).from_bytes(b"\x01", "big"))

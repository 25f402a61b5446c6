# Built-in reductions over generator expressions: sum, any, all, min, max, list, tuple, set, sorted.
# The compiler may consume such a generator on the spot; everything observable must stay as in CPython:
# evaluation order, short-circuiting, scoping, errors (PEP 479 included) and shadowed builtins.


class Order:
    def __init__(self, item, qty, price):
        self.item = item
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price


def report(orders, threshold):
    print("revenue", sum(o.total() for o in orders))
    print("units", sum(o.qty for o in orders if o.qty > 0))
    print("big?", any(o.total() > threshold for o in orders), "all priced?", all(o.price > 0 for o in orders))
    print("priciest", max(o.price for o in orders), "cheapest", min(o.item for o in orders))
    print("pairs", list((o.item, n) for o in orders for n in range(o.qty) if n % 2 == 0))
    print("tuple", tuple(o.qty * 2 for o in orders), "set", sorted(set(o.qty % 3 for o in orders)))
    print("sorted", sorted(-o.price for o in orders))


orders = [Order("apple", 3, 0.5), Order("pear", 2, 0.75), Order("fig", 0, 2.0), Order("kiwi", 5, 0.2)]
report(orders, 1.2)

# The outermost iterable is evaluated in the enclosing scope, even when the loop variable has its name.
x = [3, 1, 2]
print(sum(x for x in x), max(x for x in x), min(x * 10 for x in x), x)


def scoped(values):
    k = 7
    funcs = list((lambda: v * k) for v in values)
    print([f() for f in funcs], sum(k * v for v in values))
    total = sum((last := v) for v in values)
    print(total, last)


scoped([1, 2, 3])

# Short-circuiting: any/all stop at the first decisive element.
seen = []


def probe(v):
    seen.append(v)
    return v > 1


print(any(probe(v) for v in [0, 1, 2, 3, 4]), seen)
seen.clear()
print(all(probe(v) for v in [3, 2, 1, 0]), seen)
seen.clear()
print(any(probe(v) for v in []), all(probe(v) for v in []), seen)

# Floats accumulate left to right, ints grow into big ints.
print(sum(0.1 * i for i in range(10)), sum(2 ** i for i in range(70)), sum(i for i in []))
print(max((len(w), w) for w in "the quick brown fox jumps".split()), max(v for v in [1, 1.0, True]))

# Errors: empty sequences, bad operands, and StopIteration escaping the generator (PEP 479).
for name, fn in [("max", max), ("min", min)]:
    try:
        fn(v for v in [])
    except ValueError as e:
        print(name, "ValueError:", e)
try:
    max(v for v in [])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(s for s in ["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(max(v for v in [1, "a"]))
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2])
try:
    print(sum(next(it) for _ in range(3)))
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", type(e.__cause__).__name__)
it = iter([1, 2])
try:
    print(list(next(it) for _ in range(3)))
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", type(e.__cause__).__name__)
lazy = (next(it) for _ in range(3))
try:
    print(tuple(lazy))
except RuntimeError as e:
    print("RuntimeError:", e)


def gen_user():
    yield sum(i for i in range(4))
    yield max(len(w) for w in ["ab", "abc"])
    yield all(c.isalpha() for c in "abc1")


print(list(gen_user()))


class Stats:
    data = [4, 8, 15, 16, 23, 42]
    total = sum(d for d in data)
    evens = list(d for d in data if d % 2 == 0)


print(Stats.total, Stats.evens)


def shadowed():
    def sum(xs, start=100):
        total = start
        for v in xs:
            total += v
        return total

    return sum(i for i in range(5))


print(shadowed())
max = lambda xs: "shadowed max"
print(max(i for i in range(5)))
del max
print(max(i for i in range(5)))

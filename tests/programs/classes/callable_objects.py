# __call__: function objects with state, memoizers and a tiny event dispatcher.


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return len(args)


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result

    def derivative(self):
        n = len(self.coeffs) - 1
        return Polynomial(*(c * (n - i) for i, c in enumerate(self.coeffs[:-1])))

    def __repr__(self):
        n = len(self.coeffs) - 1
        terms = []
        for i, c in enumerate(self.coeffs):
            p = n - i
            if c:
                terms.append(f"{c}" + ("" if p == 0 else "x" if p == 1 else f"x^{p}"))
        return " + ".join(terms) or "0"


class Dispatcher:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register

    def __call__(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]


c = Counter()
print(c(1, 2, 3), c(), c("x"), c.calls, callable(c), callable(5))
p = Polynomial(2, -3, 0, 5)
print(p, "|", p.derivative(), "|", p.derivative().derivative())
print([p(x) for x in range(-2, 3)], list(map(p, [10, 100])))
x = -1.0
for _ in range(6):
    x = x - p(x) / p.derivative()(x)
print(round(x, 9), abs(p(x)) < 1e-9)
bus = Dispatcher()


@bus.on("greet")
def hello(name):
    return f"hello {name}"


@bus.on("greet")
def shout(name):
    return name.upper() + "!"


bus.on("sum")(lambda *xs: sum(xs))
print(bus("greet", "ada"), bus("sum", 1, 2, 3), bus("none"))

from string import Template
import pprint
class Money:
    def __init__(self, cents, cur="USD"):
        self.cents, self.cur = int(cents), cur
    def __add__(self, o):
        if isinstance(o, Money):
            if o.cur != self.cur:
                raise ValueError(f"currency mismatch {self.cur}/{o.cur}")
            return Money(self.cents + o.cents, self.cur)
        if isinstance(o, int):
            return Money(self.cents + o * 100, self.cur)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return self.__add__(o)
    def __sub__(self, o):
        return self + Money(-o.cents, o.cur)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k), self.cur)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, n):
        base, extra = divmod(self.cents, n)
        return [Money(base + (1 if i < extra else 0), self.cur) for i in range(n)]
    def __eq__(self, o):
        return isinstance(o, Money) and (self.cents, self.cur) == (o.cents, o.cur)
    def __lt__(self, o):
        return self.cents < o.cents
    def __hash__(self):
        return hash((self.cents, self.cur))
    def __bool__(self):
        return self.cents != 0
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.cur}"
    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"
    def __format__(self, spec):
        return format(str(self), spec)
a, b = Money(1050), Money(299)
print(a + b, a - b, b - a, a * 3, 2 * b, a * 0.333, sum([a, b, Money(1)]), a + 5)
print(a / 3, [str(x) for x in Money(100) / 3])
print(sorted([a, b, Money(5)]), a == Money(1050), a != b, bool(Money(0)), len({a, Money(1050)}))
print(f"[{a:>15}] [{b:<12}]")
try:
    a + Money(1, "EUR")
except ValueError as e:
    print(e)
try:
    a + "x"
except TypeError as e:
    print("TypeError", e)
try:
    a * a
except TypeError as e:
    print("TypeError", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), 3 in Countdown(5))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq() if x])
class Poly:
    def __init__(self, *coef):
        self.coef = coef
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coef))
    def __len__(self):
        return len(self.coef)
    def __contains__(self, c):
        return c in self.coef
p = Poly(1, 0, 2)
print(p(3), [p(x) for x in range(4)], len(p), 2 in p, 5 in p, callable(p))
t = Template("Dear $name, you owe ${amount} by $date. $$5 fee.")
print(t.substitute(name="Ann", amount=a, date="Fri"))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="X")
except KeyError as e:
    print("KeyError", e)
data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "id": 1}, {"name": "bob", "roles": [], "id": 2}],
        "meta": {"count": 2, "tags": ("x", "y"), "nested": {"deep": list(range(12))}}}
pprint.pprint(data, width=60)
print(pprint.pformat([1, 2, 3]), pprint.pformat({"b": 1, "a": 2}))
pprint.pprint(list(range(30)), compact=True, width=40)

"""__slots__ classes, properties with setters/deleters, classmethods/staticmethods and class counters."""


class Account:
    __slots__ = ("_owner", "_balance", "history")
    count = 0
    rate = 0.02

    def __init__(self, owner, balance=0):
        self._owner = owner
        self._balance = balance
        self.history = []
        Account.count += 1

    @property
    def owner(self):
        return self._owner

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"negative balance for {self._owner}: {value}")
        self.history.append(value - self._balance)
        self._balance = value

    @balance.deleter
    def balance(self):
        self._balance = 0
        self.history.clear()

    @classmethod
    def from_string(cls, text):
        name, amount = text.split(":")
        return cls(name, int(amount))

    @classmethod
    def set_rate(cls, r):
        cls.rate = r

    @staticmethod
    def validate(name):
        return name.isalpha() and name[0].isupper()

    def accrue(self):
        self.balance = round(self._balance * (1 + self.rate), 2)

    def __repr__(self):
        return f"{type(self).__name__}({self._owner!r}, {self._balance})"


class Savings(Account):
    __slots__ = ("limit",)
    rate = 0.05

    def __init__(self, owner, balance=0, limit=3):
        super().__init__(owner, balance)
        self.limit = limit


accts = [Account.from_string(s) for s in ["Ann:100", "Bob:250", "Cy:0"]] + [Savings("Dee", 1000)]
for a in accts:
    for _ in range(3):
        a.accrue()
print(accts, Account.count)
accts[0].balance += 50
print(accts[0].balance, accts[0].history)
try:
    accts[1].balance = -5
except ValueError as e:
    print("ValueError:", e)
del accts[1].balance
print(accts[1], accts[1].history)
try:
    accts[0].nickname = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    accts[0].owner = "Zed"
except AttributeError as e:
    print("AttributeError:", e)
Account.set_rate(0.1)
print(Account.rate, Savings.rate, Account.validate("Ann"), Savings.validate("bob"), accts[3].limit)
print(Account.__slots__, Savings.__slots__, hasattr(accts[0], "__dict__"), isinstance(accts[3], Account))
print(type(Account.__dict__["balance"]).__name__, Account.balance.fget.__name__)


class Temperature:
    def __init__(self, c=0.0):
        self.celsius = c

    def _get_f(self):
        return self.celsius * 9 / 5 + 32

    def _set_f(self, f):
        self.celsius = (f - 32) * 5 / 9

    fahrenheit = property(_get_f, _set_f, doc="degrees F")


t = Temperature(100)
print(t.fahrenheit, Temperature.fahrenheit.__doc__)
t.fahrenheit = 212 - 180
print(round(t.celsius, 6))


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


pts = {Point(i % 10, i % 7) for i in range(1000)}
print(len(pts), Point(1, 1) in pts)
total = 0
p = Point(0, 0)
for i in range(100000):
    p.x += 1
    p.y = p.x % 13
    total += p.y
print(total, p.x)
try:
    Point(1, 2).z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)

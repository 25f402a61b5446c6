from abc import ABC, abstractmethod
from functools import total_ordering
from decimal import Decimal


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(Exception):
    pass


@total_ordering
class Money:
    __slots__ = ("cents",)

    def __init__(self, amount):
        self.cents = round(amount * 100) if isinstance(amount, float) else amount * 100

    @classmethod
    def from_cents(cls, cents):
        m = cls(0)
        m.cents = cents
        return m

    def __add__(self, other):
        if isinstance(other, Money):
            return Money.from_cents(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other):
        return Money.from_cents(self.cents - other.cents)

    def __mul__(self, k):
        return Money.from_cents(int(self.cents * k))

    __rmul__ = __mul__

    def __neg__(self):
        return Money.from_cents(-self.cents)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100:,}.{c % 100:02d}"

    def __format__(self, spec):
        return format(str(self), spec)


class Account(ABC):
    _next_id = 1000

    def __init__(self, owner, balance=Money(0)):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        Account._next_id += 1
        self.id = Account._next_id
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if self.frozen:
            raise AccountFrozen(self.owner)
        self.history.append((self._balance, value))
        self._balance = value

    @abstractmethod
    def fee(self, amount): ...

    def withdraw(self, amount):
        total = amount + self.fee(amount)
        if total > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= total
        return total

    def deposit(self, amount):
        self.balance += amount

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self.balance!r})"


class Checking(Account):
    def fee(self, amount):
        return Money.from_cents(50)


class Savings(Account):
    rate = 0.02

    def fee(self, amount):
        return amount * 0.01

    def add_interest(self):
        self.deposit(self.balance * self.rate)


accounts = [Checking("alice", Money(100)), Savings("bob", Money(2500.75)), Checking("carol")]
for a in accounts:
    try:
        paid = a.withdraw(Money(60))
        print(f"{a.owner:>6} paid {paid:>10} left {a.balance}")
    except InsufficientFunds as e:
        print("error:", e, e.amount)
accounts[1].add_interest()
print(accounts)
print(sorted(accounts, key=lambda a: a.balance)[0].owner, max(a.balance for a in accounts))
print(sum(a.balance for a in accounts), Money(1) <= Money(2), Money(3) >= Money(3), Money(2) > Money(5))
print(len({Money(1), Money(1), Money(2)}), bool(Money(0)), -Money(5), 3 * Money(1.5))
accounts[0].frozen = True
try:
    accounts[0].deposit(Money(1))
except AccountFrozen as e:
    print("frozen:", e, repr(e))
try:
    Account("x")
except TypeError as e:
    print("TypeError:", e)
print(accounts[1].history, Decimal("1.10") + Decimal("2.205"))
print(isinstance(accounts[0], Account), issubclass(Savings, ABC), Savings.__mro__[1].__name__)

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        Account._next_id += 1
        self.id = Account._next_id

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance})"


class Savings(Account):
    rate = 0.025

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)


tests_run = 0
failures = []


def check(name, cond):
    global tests_run
    tests_run += 1
    status = "ok" if cond else "FAIL"
    if not cond:
        failures.append(name)
    print(f"{name:.<40}{status}")


a = Account("alice", 100)
b = Savings("bob", 250.5)
print(a, b, a.id, b.id)
check("initial balance", a.balance == 100)
a.deposit(50).deposit(25)
check("chained deposits", a.balance == 175)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
    check("negative deposit rejected", str(e) == "deposit must be positive")
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print(repr(e), e.args, e.needed, e.available)
    check("overdraft", e.needed == 1000)
transfer(b, a, 50.5)
print(a, b)
check("transfer src", b.balance == 200.0)
check("transfer dst", a.balance == 225.5)
i = b.add_interest()
print("interest", i, b.balance)
check("interest", i == 5.0)
check("history", [k for k, _ in b.history] == ["wd", "dep"])
check("isinstance", isinstance(b, Account) and not isinstance(a, Savings))
check("deliberate failure", a.balance > 10 ** 6)
print(a.history)
print(f"{tests_run} tests, {len(failures)} failed: {failures}")
try:
    assert a.balance < 0, f"balance is {a.balance:,.2f}"
except AssertionError as e:
    print("assert:", e)
accounts = sorted([a, b, Account("carol", 75)], key=lambda x: x.balance, reverse=True)
for acc in accounts:
    print(f"{acc.owner:<8}|{acc.balance:>10.2f}|{type(acc).__name__:^9}|")
total = sum(acc.balance for acc in accounts)
print(f"total={total:,.3f} mean={total / len(accounts):.4g}")

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def apply_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self.balance})"
    def __lt__(self, other):
        return self.balance < other.balance

class Savings(Account):
    interest = 0.025
    def withdraw(self, amt):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise RuntimeError("too many withdrawals")
        return super().withdraw(amt)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amt):
        if amt > self.balance + self.overdraft:
            raise InsufficientFunds(amt, self.balance + self.overdraft)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self

accts = [Savings("ann", 1000), Checking("bob", 50), Account("cy"), Savings("dee", 300.5)]
ops = [(0, "withdraw", 100), (0, "withdraw", 50), (0, "withdraw", 10), (1, "withdraw", 120), (1, "withdraw", 100),
       (2, "deposit", -5), (2, "deposit", 75), (3, "deposit", 0.25), (2, "withdraw", 80)]
for idx, op, amt in ops:
    a = accts[idx]
    try:
        getattr(a, op)(amt)
        print("ok  ", a)
    except InsufficientFunds as e:
        print("FUND", a.owner, e, e.needed - e.available)
    except (ValueError, RuntimeError) as e:
        print("ERR ", a.owner, type(e).__name__, e.args)
for a in accts:
    a.apply_interest()
print(sorted(accts))
print(max(accts).owner, isinstance(accts[0], Account), issubclass(Checking, Savings))
print([len(a.history) for a in accts], Account._next_id)
print(Savings.__mro__[1].__name__, Savings.__bases__[0].__name__)
print(accts[1].deposit(10).deposit(20).balance)

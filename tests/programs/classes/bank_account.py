# Bank accounts: class attributes, classmethods as alternative constructors, staticmethods,
# custom exceptions, and a transaction log.


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.shortfall = amount - account.balance


class Account:
    interest_rate = 0.02
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []

    @classmethod
    def from_string(cls, text):
        owner, balance = text.split(":")
        return cls(owner.strip(), int(balance))

    @staticmethod
    def valid_amount(amount):
        return isinstance(amount, int) and amount > 0

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if not self.valid_amount(amount):
            raise ValueError(f"bad amount {amount!r}")
        self._balance += amount
        self.log.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.log.append(("withdraw", amount))
        return self

    def add_interest(self):
        gained = round(self._balance * self.interest_rate)
        self._balance += gained
        self.log.append(("interest", gained))

    def __str__(self):
        return f"#{self.id} {self.owner:<6} {self._balance:>8}"


class Savings(Account):
    interest_rate = 0.05
    withdrawals_allowed = 2

    def withdraw(self, amount):
        if sum(1 for kind, _ in self.log if kind == "withdraw") >= self.withdrawals_allowed:
            raise PermissionError("withdrawal limit reached")
        return super().withdraw(amount)


accounts = [Account("ann", 100), Savings.from_string("bob: 2500"), Account.from_string("cy:0")]
accounts[0].deposit(50).withdraw(30)
accounts[2].deposit(7)
s = accounts[1]
for amt in (100, 200, 300):
    try:
        s.withdraw(amt)
    except PermissionError as e:
        print("denied:", e)
try:
    accounts[0].withdraw(1000)
except InsufficientFunds as e:
    print(e, "| short by", e.shortfall)
try:
    accounts[2].deposit(-5)
except ValueError as e:
    print(e)
for a in accounts:
    a.add_interest()
    print(a, a.log)
print(type(s).__name__, s.interest_rate, Account.interest_rate, Account._next_id)

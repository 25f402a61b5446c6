# Annotated classes with class-level annotations, properties, ClassVar and Final constants.
from typing import ClassVar, Final

MAX_BALANCE: Final = 1_000_000


class Account:
    count: ClassVar[int] = 0
    owner: str
    _balance: int

    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self._balance = balance
        Account.count += 1

    @property
    def balance(self) -> int:
        return self._balance

    def deposit(self, amount: int) -> int:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        if self._balance + amount > MAX_BALANCE:
            raise OverflowError("balance limit exceeded")
        self._balance += amount
        return self._balance

    def withdraw(self, amount: int) -> bool:
        if amount > self._balance:
            return False
        self._balance -= amount
        return True


class Joint(Account):
    def __init__(self, owners: list[str], balance: int = 0) -> None:
        super().__init__(" & ".join(owners), balance)
        self.owners: list[str] = owners


accounts: list[Account] = [Account("ann", 100), Joint(["bo", "cy"], 500), Account("di")]
print(accounts[0].deposit(50), accounts[1].withdraw(600), accounts[1].withdraw(200), accounts[2].balance)
for op in (lambda: accounts[2].deposit(0), lambda: accounts[0].deposit(MAX_BALANCE)):
    try:
        op()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print([(a.owner, a.balance) for a in accounts], Account.count)

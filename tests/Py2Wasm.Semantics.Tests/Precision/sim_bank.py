# A bank simulation: accounts with interest, transfers, a ledger and overdraft rules.


class Account:
    def __init__(self, number, owner, balance):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True


class SavingsAccount(Account):
    def __init__(self, number, owner, balance, rate):
        Account.__init__(self, number, owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = self.balance * self.rate
        self.deposit(interest)
        return interest


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.next_number = 1000
        self.failed = 0

    def open(self, owner, amount):
        acct = Account(self.next_number, owner, amount)
        self.accounts[acct.number] = acct
        self.next_number += 1
        return acct

    def transfer(self, source, target, amount):
        a = self.accounts[source]
        b = self.accounts[target]
        if a.withdraw(amount):
            b.deposit(amount)
            return True
        self.failed += 1
        return False

    def total(self):
        t = 0.0
        for acct in self.accounts.values():
            t += acct.balance
        return t


bank = Bank("First")
alice = bank.open("alice", 100.0)
bob = bank.open("bob", 50.0)
saver = SavingsAccount(2000, "carol", 500.0, 0.02)
for day in range(30):
    bank.transfer(alice.number, bob.number, 7.5)
    bank.transfer(bob.number, alice.number, 3.25)
    saver.add_interest()
print(bank.total(), bank.failed, len(alice.history))
print("%.2f" % saver.balance)

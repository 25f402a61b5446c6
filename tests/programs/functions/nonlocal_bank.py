# Encapsulation with closures and nonlocal: an account "object" made of functions.


def make_account(owner, balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(f"+{amount}")
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(f"!{amount}")
            return None
        balance -= amount
        history.append(f"-{amount}")
        return balance

    def statement():
        return f"{owner}: {balance} [{' '.join(history)}]"

    def transfer_to(other_deposit, amount):
        if withdraw(amount) is not None:
            other_deposit(amount)
            return True
        return False

    return {"deposit": deposit, "withdraw": withdraw, "statement": statement, "transfer": transfer_to}


a = make_account("alice", 100)
b = make_account("bob")
a["deposit"](50)
a["withdraw"](500)
print(a["transfer"](b["deposit"], 120), a["transfer"](b["deposit"], 120))
b["withdraw"](20)
print(a["statement"]())
print(b["statement"]())


def counter_factory():
    counts = {}

    def hit(key):
        counts[key] = counts.get(key, 0) + 1

    def report():
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return hit, report


hit, report = counter_factory()
for w in "a b c a b a d".split():
    hit(w)
print(report())

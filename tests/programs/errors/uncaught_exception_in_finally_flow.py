# Expected: a finally block runs (prints) and then the original exception is uncaught.


def transfer(balance, amount):
    print("begin transfer of", amount)
    try:
        if amount > balance:
            raise ValueError(f"insufficient funds: balance {balance}, requested {amount}")
        return balance - amount
    finally:
        print("audit record written")


print(transfer(100, 30))
print(transfer(100, 300))

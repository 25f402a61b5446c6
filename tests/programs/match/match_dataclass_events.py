# match on a stream of dataclass events for an account ledger, with guards and nested captures.
from dataclasses import dataclass


@dataclass
class Deposit:
    account: str
    amount: int


@dataclass
class Withdraw:
    account: str
    amount: int


@dataclass
class Transfer:
    src: str
    dst: str
    amount: int


@dataclass
class Close:
    account: str


def apply(balances, event):
    match event:
        case Deposit(acct, amt) if amt <= 0:
            return f"rejected non-positive deposit to {acct}"
        case Deposit(acct, amt):
            balances[acct] = balances.get(acct, 0) + amt
            return f"{acct} +{amt}"
        case Withdraw(acct, amt) if balances.get(acct, 0) < amt:
            return f"insufficient funds in {acct}"
        case Withdraw(account=acct, amount=amt):
            balances[acct] -= amt
            return f"{acct} -{amt}"
        case Transfer(src, dst, amt) if src == dst:
            return "self-transfer ignored"
        case Transfer(src, dst, amt):
            first = apply(balances, Withdraw(src, amt))
            if first.startswith("insufficient"):
                return first
            apply(balances, Deposit(dst, amt))
            return f"{src} -> {dst} {amt}"
        case Close(acct) if balances.get(acct, 0) != 0:
            return f"cannot close {acct}: balance {balances[acct]}"
        case Close(acct):
            balances.pop(acct, None)
            return f"closed {acct}"
        case _:
            return f"unknown event {event!r}"


balances = {}
events = [Deposit("a", 100), Deposit("b", -5), Withdraw("a", 30), Transfer("a", "b", 50), Transfer("a", "b", 500),
          Transfer("b", "b", 1), Close("b"), Withdraw("b", 50), Close("b"), "garbage", Deposit("c", 7)]
for e in events:
    print(apply(balances, e))
print(balances)

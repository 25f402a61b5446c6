# Simulating a day of vending machine sales from a seeded RNG, then producing a restock report.
import random

rng = random.Random(2024)
SLOTS = {"A1": ("cola", 1.50, 8), "A2": ("water", 1.00, 10), "B1": ("chips", 1.25, 6), "B2": ("candy", 0.95, 12),
         "C1": ("sandwich", 3.75, 4)}
stock = {slot: cap for slot, (_, _, cap) in SLOTS.items()}
sales = {slot: 0 for slot in SLOTS}
coins = {0.25: 20, 0.10: 20, 0.05: 20}
failed = {"sold out": 0, "no change": 0}


def make_change(amount):
    change = []
    remaining = round(amount, 2)
    for coin in sorted(coins, reverse=True):
        while remaining >= coin - 1e-9 and coins[coin] > 0:
            remaining = round(remaining - coin, 2)
            coins[coin] -= 1
            change.append(coin)
    if remaining > 1e-9:
        for c in change:
            coins[c] += 1
        return None
    return change


for customer in range(80):
    slot = rng.choice(list(SLOTS))
    name, price, _ = SLOTS[slot]
    paid = rng.choice([1.00, 2.00, 5.00]) if price > 1.0 else rng.choice([1.00, 2.00])
    if paid < price:
        paid = 5.00
    if stock[slot] == 0:
        failed["sold out"] += 1
        continue
    change = make_change(paid - price)
    if change is None:
        failed["no change"] += 1
        continue
    stock[slot] -= 1
    sales[slot] += 1
print(f"{'slot':5}{'item':10}{'sold':>5}{'left':>5}{'revenue':>9}")
for slot, (name, price, cap) in SLOTS.items():
    print(f"{slot:5}{name:10}{sales[slot]:>5}{stock[slot]:>5}{sales[slot] * price:>9.2f}")
print("failures:", failed)
print("coins left:", coins)
print("restock:", {SLOTS[s][0]: SLOTS[s][2] - stock[s] for s in SLOTS if stock[s] < SLOTS[s][2] // 2})

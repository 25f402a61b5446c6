# Inventory simulation: daily random demand, reorder point policy with lead times, cost accounting.
import random

rng = random.Random(31337)
stock, on_order = 40, []
REORDER_POINT, ORDER_QTY, LEAD_TIME = 20, 50, 3
HOLD_COST, STOCKOUT_COST, ORDER_COST = 0.5, 5.0, 30.0
costs = {"holding": 0.0, "stockout": 0.0, "ordering": 0.0}
lost = 0
history = []
for day in range(1, 61):
    arrivals = [q for d, q in on_order if d == day]
    on_order = [(d, q) for d, q in on_order if d != day]
    stock += sum(arrivals)
    demand = max(0, int(rng.gauss(8, 3)))
    sold = min(stock, demand)
    stock -= sold
    if demand > sold:
        lost += demand - sold
        costs["stockout"] += (demand - sold) * STOCKOUT_COST
    position = stock + sum(q for _, q in on_order)
    if position <= REORDER_POINT:
        on_order.append((day + LEAD_TIME, ORDER_QTY))
        costs["ordering"] += ORDER_COST
    costs["holding"] += stock * HOLD_COST
    history.append(stock)
    if day % 10 == 0:
        print(f"day {day:2d} stock {stock:3d} pending {on_order}")
print({k: round(v, 2) for k, v in costs.items()}, "total", round(sum(costs.values()), 2))
print("lost sales", lost, "avg stock", round(sum(history) / len(history), 2), "min", min(history))

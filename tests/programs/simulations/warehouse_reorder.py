import random
from collections import deque, Counter


class Warehouse:
    def __init__(self, stock, reorder_level, reorder_qty, lead_time):
        self.stock = dict(stock)
        self.reorder_level = reorder_level
        self.reorder_qty = reorder_qty
        self.lead_time = lead_time
        self.pending = deque()
        self.backorders = Counter()
        self.stats = Counter()

    def day(self, d, rng):
        while self.pending and self.pending[0][0] <= d:
            _, sku, qty = self.pending.popleft()
            self.stock[sku] += qty
            self.stats["received"] += qty
            if self.backorders[sku]:
                filled = min(self.backorders[sku], self.stock[sku])
                self.stock[sku] -= filled
                self.backorders[sku] -= filled
                self.stats["backfilled"] += filled
        for sku in sorted(self.stock):
            demand = rng.randint(0, 6)
            sold = min(demand, self.stock[sku])
            self.stock[sku] -= sold
            self.stats["sold"] += sold
            if demand > sold:
                self.backorders[sku] += demand - sold
                self.stats["short"] += demand - sold
            on_order = sum(q for _, s, q in self.pending if s == sku)
            if self.stock[sku] + on_order <= self.reorder_level:
                self.pending.append((d + self.lead_time, sku, self.reorder_qty))
                self.stats["orders"] += 1

    def snapshot(self):
        return " ".join(f"{k}={v:>2}" for k, v in sorted(self.stock.items()))


rng = random.Random(31337)
w = Warehouse({"bolt": 20, "nut": 15, "gear": 8}, reorder_level=6, reorder_qty=18, lead_time=3)
for d in range(1, 22):
    w.day(d, rng)
    if d % 3 == 0:
        bo = {k: v for k, v in w.backorders.items() if v}
        print(f"day {d:2d}: {w.snapshot()} pending={len(w.pending)} backorders={dict(sorted(bo.items()))}")
print(dict(sorted(w.stats.items())))
print(w.stats.most_common(2), sum(w.stats.values()))
fill_rate = w.stats["sold"] / (w.stats["sold"] + w.stats["short"])
print(f"fill rate {fill_rate:.2%}, orders {w.stats['orders']}, pending {list(w.pending)}")
queue = deque(maxlen=5)
arrivals = [rng.expovariate(0.5) for _ in range(10)]
for t in arrivals:
    queue.append(round(t, 3))
print(list(queue), round(sum(arrivals), 6), rng.random() < 0.5)

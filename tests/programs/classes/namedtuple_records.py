# namedtuple-based records: parsing, sorting by fields, _replace updates, defaults, and grouping.
from collections import namedtuple, defaultdict
from typing import NamedTuple

Trade = namedtuple("Trade", "symbol side qty price", defaults=(0.0,))


class Position(NamedTuple):
    symbol: str
    qty: int = 0
    cost: float = 0.0

    @property
    def avg_price(self):
        return self.cost / self.qty if self.qty else 0.0

    def apply(self, t):
        if t.side == "BUY":
            return self._replace(qty=self.qty + t.qty, cost=self.cost + t.qty * t.price)
        sold_cost = self.avg_price * t.qty
        return self._replace(qty=self.qty - t.qty, cost=self.cost - sold_cost)


LINES = """ACME BUY 10 12.5
ACME BUY 5 13.0
INIT BUY 100 1.25
ACME SELL 8 14.0
INIT SELL 40 1.5
ZED BUY 1"""
trades = [Trade(s, side, int(q), *(float(p) for p in rest)) for s, side, q, *rest in (l.split() for l in LINES.splitlines())]
print(trades[0], trades[-1], Trade._fields, trades[0]._asdict())
positions = defaultdict(lambda: None)
for t in trades:
    pos = positions[t.symbol] or Position(t.symbol)
    positions[t.symbol] = pos.apply(t)
for sym in sorted(positions):
    p = positions[sym]
    print(f"{p.symbol:5} qty={p.qty:4d} cost={p.cost:8.2f} avg={p.avg_price:.4f}")
print(sorted(trades, key=lambda t: (-t.qty, t.symbol))[:3])
biggest = max(trades, key=lambda t: t.qty * t.price)
print(biggest.symbol, biggest.qty * biggest.price, Position("X") == ("X", 0, 0.0))

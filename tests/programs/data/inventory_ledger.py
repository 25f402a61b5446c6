# Inventory ledger replay: receiving, shipping, adjustments; FIFO cost layers and valuation.
from collections import deque

LEDGER = [
    ("recv", "bolt", 100, 0.10), ("recv", "nut", 200, 0.05), ("ship", "bolt", 30, None),
    ("recv", "bolt", 50, 0.12), ("ship", "bolt", 100, None), ("adj", "nut", -5, None),
    ("ship", "nut", 120, None), ("recv", "nut", 100, 0.06), ("ship", "nut", 100, None),
    ("ship", "washer", 1, None),
]
layers = {}
cogs = {}
errors = []
for kind, sku, qty, cost in LEDGER:
    stock = layers.setdefault(sku, deque())
    if kind == "recv":
        stock.append([qty, cost])
    elif kind in ("ship", "adj"):
        need = qty if kind == "ship" else -qty
        available = sum(q for q, _ in stock)
        if need > available:
            errors.append(f"cannot {kind} {need} {sku}: only {available}")
            continue
        spent = 0.0
        while need:
            layer = stock[0]
            take = min(need, layer[0])
            spent += take * layer[1]
            layer[0] -= take
            need -= take
            if layer[0] == 0:
                stock.popleft()
        cogs[sku] = cogs.get(sku, 0.0) + spent
for sku in sorted(layers):
    stock = layers[sku]
    qty = sum(q for q, _ in stock)
    value = sum(q * c for q, c in stock)
    print(f"{sku:7} qty={qty:4} value={value:7.2f} layers={[(q, c) for q, c in stock]} cogs={cogs.get(sku, 0):.2f}")
print(errors)

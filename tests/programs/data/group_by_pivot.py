# itertools.groupby on sorted records, nested grouping, and running totals per group.
from itertools import groupby, accumulate
from operator import itemgetter

TRANSACTIONS = [
    ("alice", "food", 12.5), ("bob", "travel", 230.0), ("alice", "travel", 80.0), ("carol", "food", 7.25),
    ("bob", "food", 15.0), ("alice", "food", 22.0), ("carol", "books", 45.0), ("bob", "travel", 99.99),
    ("alice", "books", 18.5), ("carol", "food", 9.75),
]
rows = sorted(TRANSACTIONS, key=itemgetter(0, 1))
for person, group in groupby(rows, key=itemgetter(0)):
    group = list(group)
    total = sum(g[2] for g in group)
    print(f"{person}: {total:.2f}")
    for cat, items in groupby(group, key=itemgetter(1)):
        amounts = [i[2] for i in items]
        print(f"   {cat:<7} n={len(amounts)} sum={sum(amounts):8.2f} running={list(accumulate(amounts))}")
by_cat = {k: round(sum(t[2] for t in g), 2) for k, g in groupby(sorted(TRANSACTIONS, key=itemgetter(1)), itemgetter(1))}
print(by_cat)
runs = [(k, len(list(g))) for k, g in groupby("aaabccddddde")]
print(runs)

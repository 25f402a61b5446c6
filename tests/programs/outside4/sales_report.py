from collections import defaultdict, OrderedDict, ChainMap, Counter
import itertools
SALES = [
    ("2023-01", "north", "widget", 12, 2.50), ("2023-01", "south", "gadget", 3, 10.00),
    ("2023-02", "north", "gadget", 5, 10.00), ("2023-02", "east", "widget", 20, 2.25),
    ("2023-02", "north", "widget", 7, 2.50), ("2023-03", "south", "widget", 1, 2.50),
    ("2023-03", "east", "gizmo", 4, 99.99), ("2023-03", "north", "gizmo", 2, 95.00),
]
by_region = defaultdict(float)
by_month_product = defaultdict(lambda: defaultdict(int))
for month, region, product, qty, price in SALES:
    by_region[region] += qty * price
    by_month_product[month][product] += qty
print(f"{'Region':<8}{'Revenue':>10}")
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    print(f"{region:<8}{rev:>10.2f}")
print("-" * 18)
print(f"{'Total':<8}{sum(by_region.values()):>10.2f}")
for month in sorted(by_month_product):
    prods = by_month_product[month]
    print(month, ", ".join(f"{p}={q}" for p, q in sorted(prods.items())))
key = lambda r: r[2]
for product, rows in itertools.groupby(sorted(SALES, key=key), key=key):
    rows = list(rows)
    print(f"{product:>7}: n={len(rows)} qty={sum(r[3] for r in rows):3} avg_price={sum(r[4] for r in rows) / len(rows):.3f}")
od = OrderedDict()
for m, *_ in SALES:
    od[m] = od.get(m, 0) + 1
od.move_to_end("2023-01")
print(od, list(od.keys()), od.popitem(last=False))
defaults = {"currency": "USD", "precision": 2}
user = {"precision": 4}
cm = ChainMap(user, defaults)
print(cm["currency"], cm["precision"], len(cm), sorted(cm))
cnt = Counter(r[1] for r in SALES)
cnt2 = Counter({"north": 1, "west": 2})
print(cnt, cnt - cnt2, cnt & cnt2, cnt | cnt2, sum(cnt.values()), cnt.total() if hasattr(cnt, "total") else None)
print(sorted(cnt.elements())[:5], Counter("abracadabra").most_common(3))
cnt.update(["east", "east"]); cnt.subtract({"north": 10})
print(sorted(cnt.items()), +cnt)
table = [[r[0], r[1], r[3]] for r in SALES[:4]]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(str(c).ljust(w) for c, w in zip(row, widths)))
print(list(itertools.product("ab", [1, 2])), list(itertools.combinations("abcd", 2))[:4])
print(len(list(itertools.permutations(range(4), 3))), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.islice(itertools.cycle("xyz"), 7)), list(itertools.repeat("r", 3)), list(itertools.filterfalse(None, [0, 1, "", "a"])))
c = itertools.count(10, 5)
print(next(c), next(c), list(zip(itertools.count(), "ab")))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), [k for k, _ in itertools.groupby("aaabbcaa")])

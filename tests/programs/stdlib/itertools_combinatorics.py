# Combinatorics with itertools: lottery odds, password spaces, magic squares via permutations.
from itertools import permutations, combinations, product, combinations_with_replacement, count, islice

digits = range(1, 10)
magic = []
for rest in permutations([1, 2, 3, 4, 6, 7, 8, 9]):
    p = rest[:4] + (5,) + rest[4:]
    if p[0] + p[1] + p[2] != 15:
        continue
    rows = [p[0:3], p[3:6], p[6:9]]
    if all(sum(r) == 15 for r in rows) and all(sum(p[i::3]) == 15 for i in range(3)) \
            and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
        magic.append(p)
print(len(magic), magic[0])
for r in (magic[0][0:3], magic[0][3:6], magic[0][6:9]):
    print(*r)
hands = list(combinations(range(1, 8), 3))
print(len(hands), sum(1 for h in hands if sum(h) == 12))
print(len(list(product("ab1", repeat=4))), ["".join(x) for x in islice(product("01", repeat=3), 5)])
dice = list(product(range(1, 7), repeat=2))
totals = {}
for a, b in dice:
    totals[a + b] = totals.get(a + b, 0) + 1
print(totals)
print(sum(1 for c in combinations_with_replacement(range(10), 3)))
target = 10
coins = [1, 2, 5]
ways = [c for n in range(1, 11) for c in combinations_with_replacement(coins, n) if sum(c) == target]
print(len(ways), ways[:3])
print(next(n for n in count(1) if n * n > 500))

# Expected: TypeError when summing mixed data (str + int concatenation).

rows = [("widgets", 4), ("gadgets", 7), ("gizmos", "3")]
total = 0
for name, qty in rows:
    print("adding", name)
    total = total + qty
print(total)

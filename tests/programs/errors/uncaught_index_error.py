# Expected: IndexError from an off-by-one in a sliding comparison.

values = [3, 8, 2, 9, 4]
for i in range(len(values)):
    diff = values[i + 1] - values[i]
    print(i, diff)

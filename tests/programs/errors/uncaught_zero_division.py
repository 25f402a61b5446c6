# Expected: ZeroDivisionError while computing averages of groups; one group is empty.

groups = {"a": [1, 2, 3], "b": [10, 20], "c": []}
for name, values in groups.items():
    avg = sum(values) / len(values)
    print(name, avg)

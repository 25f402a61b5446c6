# Exceptions raised inside comprehensions, lambdas, generator expressions, sort keys and map();
# where they surface and what partial state remains.

data = ["10", "20", "x", "40"]
try:
    nums = [int(s) for s in data]
except ValueError as e:
    print("list comp failed:", e)
nums = []
try:
    for s in data:
        nums.append(int(s))
except ValueError:
    print("partial:", nums)
gen = (int(s) for s in data)
print(next(gen), next(gen))
try:
    next(gen)
except ValueError as e:
    print("generator failed on third item:", e)
print(list(gen))
records = [{"n": 3}, {"n": 1}, {}, {"n": 2}]
try:
    records.sort(key=lambda r: r["n"])
except KeyError as e:
    print("sort key failed:", e, "list unchanged:", records == [{"n": 3}, {"n": 1}, {}, {"n": 2}])
safe = sorted(records, key=lambda r: r.get("n", 0))
print(safe)
try:
    print(list(map(lambda x: 10 // x, [5, 2, 0, 1])))
except ZeroDivisionError as e:
    print("map failed:", e)
try:
    total = sum(1 / (x - 3) for x in range(5))
except ZeroDivisionError as e:
    print("sum failed:", e)
print({k: v for k, v in [("a", 1), ("b", 2)] if v > 1})

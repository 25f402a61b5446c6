# bisect: grade lookup tables, insort keeping lists sorted, counting values in ranges.
import bisect


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list)
print(bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5), bisect.bisect(sorted_list, 0))


def count_in_range(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)


data = sorted((i * 37) % 100 for i in range(50))
print(count_in_range(data, 10, 20), count_in_range(data, 0, 99), count_in_range(data, 200, 300))
rates = [(0, 0.0), (10000, 0.1), (40000, 0.2), (90000, 0.35)]
thresholds = [t for t, _ in rates]


def tax(income):
    total = 0.0
    for i, (t, r) in enumerate(rates):
        upper = rates[i + 1][0] if i + 1 < len(rates) else income
        if income > t:
            total += (min(income, upper) - t) * r
    return round(total, 2), rates[bisect.bisect_right(thresholds, income) - 1][1]


for inc in [5000, 25000, 60000, 150000]:
    print(inc, tax(inc))
records = [("apple", 3), ("banana", 1), ("cherry", 2)]
records.sort(key=lambda r: r[1])
keys = [r[1] for r in records]
print(records[bisect.bisect_left(keys, 2)])
print(bisect.bisect_left(["b", "d", "f"], "e"), bisect.insort_left(sorted_list, 3), sorted_list)

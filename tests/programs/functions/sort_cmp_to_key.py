from functools import cmp_to_key
from operator import itemgetter, attrgetter


records = [
    ("alice", 31, "eng", 120000.0),
    ("bob", 25, "ops", 85000.0),
    ("carol", 31, "eng", 130000.0),
    ("dave", 45, "mgmt", 150000.0),
    ("eve", 25, "eng", 95000.0),
    ("frank", 38, "ops", 85000.0),
]
print(sorted(records, key=itemgetter(1)))
print(sorted(records, key=itemgetter(2, 1)))
print(sorted(records, key=lambda r: (-r[3], r[0])))
print([r[0] for r in sorted(records, key=itemgetter(3), reverse=True)])


def compare(a, b):
    if a[2] != b[2]:
        return -1 if a[2] < b[2] else 1
    return (b[3] > a[3]) - (b[3] < a[3])


print([r[0] for r in sorted(records, key=cmp_to_key(compare))])


def numeric_str_cmp(x, y):
    xx, yy = x + y, y + x
    return (xx < yy) - (xx > yy)


nums = [3, 30, 34, 5, 9, 0, 91]
print("largest number:", "".join(sorted(map(str, nums), key=cmp_to_key(numeric_str_cmp))))


class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def __repr__(self):
        return f"Emp({self.name})"


emps = [Emp(*r[0:1], r[2], r[3]) for r in records]
print(sorted(emps, key=attrgetter("dept", "salary")))
print(min(emps, key=attrgetter("salary")), max(emps, key=lambda e: (e.salary, e.name)))
data = [5, 2, 8, 2, 9, 1, 5, 5]
data.sort()
print(data, sorted(data, reverse=True), list(reversed(data)))
mixed = ["b", "A", "c", "B", "a"]
print(sorted(mixed), sorted(mixed, key=str.lower), sorted(mixed, key=lambda s: (s.lower(), s)))
pairs = [(1, "b"), (1, "a"), (0, "z"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=itemgetter(0)))
stable = sorted(["bb", "a", "ccc", "dd", "e"], key=len)
print(stable)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, None, 1])
except TypeError as e:
    print("TypeError:", e)
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=itemgetter(1), reverse=True))
print(sorted([0.5, -1, 3, 2.25, -0.0, 0]), sorted([True, 0, -1, 2.5, False]))
print(sorted("hello world", key=lambda c: (c == " ", c)), sorted([[3, 1], [2], [3, 0, 1], []]))
print(sorted(range(20), key=lambda n: (n % 3, -n)))
words = ["apple", "Banana", "cherry", "date", "Elder", "fig"]
print(sorted(words, key=cmp_to_key(lambda a, b: len(a) - len(b) or (a.lower() > b.lower()) - (a.lower() < b.lower()))))
ig = itemgetter(0, -1)
print(ig("abcdef"), itemgetter(slice(1, 3))([1, 2, 3, 4]), attrgetter("real", "imag")(3 + 4j))

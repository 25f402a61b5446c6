from functools import cmp_to_key, total_ordering
from operator import itemgetter, attrgetter, methodcaller

people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"), ("eve", 35, "SF")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(1, 0), reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = sorted(people, key=itemgetter(2))
print(sorted(by_city, key=itemgetter(1)))


class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def __repr__(self):
        return f"Emp({self.name})"


emps = [Emp("z", "eng", 100), Emp("y", "ops", 90), Emp("x", "eng", 120), Emp("w", "ops", 90)]
print(sorted(emps, key=attrgetter("dept", "salary")), max(emps, key=attrgetter("salary")), min(emps, key=attrgetter("salary")))


def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "banana", "kiwi", "apple", "date", "plum"]
print(sorted(words, key=cmp_to_key(compare)), sorted(words, key=len), sorted(words, key=methodcaller("count", "a"), reverse=True))


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2.10", "0.9", "1.2"]]
print(sorted(vs), max(vs), Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9.9"), Version("1.0") >= Version("1.1"))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda v: (v % 2, v)), list(reversed(sorted(nums))))
lst = nums[:]
lst.sort(key=lambda v: -v)
print(lst, sorted("Hello World"), sorted({"b": 1, "a": 2}), sorted([(1, "b"), (1, "a"), (0, "z")]))
data = [{"n": "a", "s": 3}, {"n": "b", "s": 1}, {"n": "c", "s": 3}]
print([d["n"] for d in sorted(data, key=itemgetter("s"), reverse=True)])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 2), (1,)]), sorted([True, 0, 2, False]), sorted([0.5, 1, -2.5]))

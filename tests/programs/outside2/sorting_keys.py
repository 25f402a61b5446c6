from functools import cmp_to_key
from operator import attrgetter, itemgetter, methodcaller

people = [
    {"name": "Alice", "age": 30, "city": "NYC"},
    {"name": "bob", "age": 25, "city": "LA"},
    {"name": "Carol", "age": 30, "city": "Boston"},
    {"name": "dave", "age": 25, "city": "NYC"},
    {"name": "Eve", "age": 35, "city": "LA"},
]
print([p["name"] for p in sorted(people, key=itemgetter("age"))])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["name"].lower()))])
print([p["name"] for p in sorted(people, key=itemgetter("city", "name"), reverse=True)])
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "a", 1: "b"}), sorted((1.5, -2, 0)))


class Emp:
    def __init__(self, name, salary):
        self.name, self.salary = name, salary

    def __repr__(self):
        return f"{self.name}:{self.salary}"


emps = [Emp("x", 300), Emp("y", 100), Emp("z", 200), Emp("w", 100)]
print(sorted(emps, key=attrgetter("salary")), max(emps, key=attrgetter("salary")), min(emps, key=lambda e: e.name))


def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(compare)))
print(sorted([10, 2, 33, 4], key=cmp_to_key(lambda a, b: int(str(b) + str(a)) - int(str(a) + str(b)))))
nums = [5, 2, 9, 1]
nums.sort(key=lambda n: n % 3)
print(nums)
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort()
print(pairs, sorted(pairs, key=itemgetter(1)))
print(list(map(methodcaller("upper"), ["a", "b"])), sorted(["a1", "a10", "a2"], key=lambda s: int(s[1:])))
matrix = [[3, 1], [1, 2], [2, 0]]
print(sorted(matrix, key=itemgetter(1)), sorted(matrix)[::-1], sorted(map(sorted, matrix)))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words), key=lambda w: (len(w), w), reverse=True)[:3])
stable = sorted([("a", 2), ("b", 1), ("c", 2), ("d", 1)], key=itemgetter(1))
print(stable)
print(sorted([True, False, True]), sorted([[2], [1, 5], [1]]), sorted([(1, None)], key=itemgetter(0)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(sorted(range(5)))), sorted(range(10), key=lambda x: (x % 2, -x)))
d = {"b": 3, "a": 3, "c": 1}
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])), max(d, key=d.get), min(d.values()))
print(sorted([0.1, -0.0, 0.0, -1e-9]), sorted(["É", "e", "z", "Z"]))

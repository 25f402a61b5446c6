"""Sorting workloads: key functions, cmp_to_key, stability, itemgetter/attrgetter, bisect, heapq merges."""
import bisect
import heapq
import random
from functools import cmp_to_key, total_ordering
from operator import attrgetter, itemgetter

rng = random.Random(5)
records = [(rng.choice("ABCDE"), rng.randint(0, 100), rng.random()) for _ in range(2000)]
s1 = sorted(records, key=itemgetter(1, 0))
s2 = sorted(records, key=lambda r: (-r[1], r[0]))
print(s1[:3], s2[:2])
print(sorted(records, key=itemgetter(0))[0][0], sorted(records, key=itemgetter(0), reverse=True)[0][0])


def cmp_version(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10.0", "1.2.9", "1.2.10", "0.9", "1.2", "10.0.1", "1.10"]
print(sorted(versions, key=cmp_to_key(cmp_version)))
print(sorted(versions), max(versions, key=cmp_to_key(cmp_version)))


@total_ordering
class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, text):
        self.rank = Card.RANKS.index(text[0])
        self.suit = text[1]
        self.text = text

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)

    def __repr__(self):
        return self.text


hand = [Card(t) for t in "KS 3H AD TC 3C 9D QS 2H".split()]
print(sorted(hand), max(hand), min(hand), Card("3H") >= Card("3C"), sorted(hand, key=attrgetter("suit", "rank")))


class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def __repr__(self):
        return f"{self.name}({self.dept},{self.salary})"


emps = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cat", "eng", 120), Emp("dan", "ops", 95), Emp("eve", "hr", 70)]
emps.sort(key=attrgetter("salary"), reverse=True)
print(emps)
emps.sort(key=attrgetter("dept"))
print(emps)
words = "the Quick brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(set(words), key=lambda w: (len(w), w)))
data = [rng.randint(0, 10000) for _ in range(5000)]
data.sort()
print(data[:5], data[-5:], bisect.bisect_left(data, 5000), bisect.bisect_right(data, 5000))
ins = []
for x in [5, 1, 9, 3, 7, 3]:
    bisect.insort(ins, x)
print(ins, bisect.bisect(ins, 3), bisect.bisect_left(ins, 3, lo=2))
streams = [sorted(rng.sample(range(100), 8)) for _ in range(4)]
merged = list(heapq.merge(*streams))
print(merged == sorted(sum(streams, [])), merged[:10])
print(heapq.nlargest(4, data), heapq.nsmallest(3, records, key=itemgetter(2))[0][2] < 0.01)
print(list(heapq.merge([5, 3, 1], [4, 2], key=lambda v: -v)))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({"b": 1, "a": 2}), sorted((2, 1)), list(reversed([1, 2, 3])))
mixed = [(1, "b"), (1, "a"), (0, "z")]
mixed.sort()
print(mixed)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
stable = sorted([(k % 3, k) for k in range(12)], key=lambda t: t[0])
print(stable)
